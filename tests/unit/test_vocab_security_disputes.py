"""治安, 矛盾纠纷 and 交通 named in the words residents, old people, dialect speakers and
phone typists use: thefts of every kind, frauds in current forms, suspicious persons, vice
(gambling, drugs, prostitution), 寻衅滋事; neighbour, family, property-management, debt, land
and shop disputes; parking, congestion, lights, small accidents, school gates, trucks, drink
driving. And the boundaries: a quarrel is a dispute, a fight among strangers is public
security, a rented room used for vice is a police matter, night construction noise is
urban management, a car in a fire lane is fire safety, a falling flowerpot is a hazard."""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import classifier


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # public_security: theft, robbery, fraud, suspicious persons, vice, 寻衅滋事
        ("我家电瓶车的电瓶昨晚被人拔走了", "public_security"),
        ("放门口的包裹不见了，这个月第二回了", "public_security"),
        ("菜场里人挤人，我手机被扒了都不知道", "public_security"),
        ("家里进贼了，柜子全被翻开", "public_security"),
        ("停楼下的车车窗砸了，车里的东西都没了", "public_security"),
        ("有人冒充客服打电话说要退款让我点链接", "public_security"),
        ("我妈接了个电话说她涉嫌洗钱，让她把钱转到安全账户", "public_security"),
        ("群里有人拉老人进股票群，说带单稳赚", "public_security"),
        ("小区门口有个陌生人转来转去，拿着撬棍", "public_security"),
        ("有个男的挨个单元试密码锁，看着不像住这的", "public_security"),
        ("麻将馆里天天有人打牌赌钱，一把好几百", "public_security"),
        ("凉亭那帮小年轻在吸气球，地上扔了好多锡纸", "public_security"),
        ("洗脚城晚上拉客，门口还发招嫖卡片", "public_security"),
        ("两个醉汉在烧烤摊打起来了", "public_security"),
        ("夜市几个光膀子的掀了人家摊子，还不给钱", "public_security"),
        ("有几个社会青年放学堵着学生要钱", "public_security"),
        ("网吧里有人喊杀人啦，好像动了刀", "public_security"),
        ("那两个小伙在门口撕吧起来了", "public_security"),
        ("出租屋里天天晚上打麻将，进进出出的，估计在赌钱", "public_security"),
        ("那间出租屋晚上老有男的进进出出，怀疑是做那种生意的", "public_security"),
        # dispute: neighbours, family, property management, debt, land, shops
        ("楼上邻居半夜弹钢琴，说了几次还不改", "dispute"),
        ("楼上天天跺地板，楼下装了震楼器对着干", "dispute"),
        ("婆媳俩为带孩子的事吵了一早上", "dispute"),
        ("兄弟几个为老房子分家产闹翻了", "dispute"),
        ("女方要退彩礼，两家人谈不拢", "dispute"),
        ("物业不作为，电梯坏了半个月也不修，业主都不交物业费了", "dispute"),
        ("物业今年停车费涨了一倍，业主群里吵翻了", "dispute"),
        ("他借了我两万块钱，一年了也不还", "dispute"),
        ("邻居家的树挡着阳光，我家菜地都晒不着太阳", "dispute"),
        ("后院邻居砌墙多占了我家半米地", "dispute"),
        ("在理发店办的卡，店家跑路了不给退", "dispute"),
        ("楼上装修天天电钻吵，跟他们说了也不听", "dispute"),
        # traffic: parking, congestion, lights, small accidents, school gates, drink driving
        ("学校门口放学时候车停得乱七八糟，堵得走不动", "traffic"),
        ("路口的红绿灯坏了，车都乱开", "traffic"),
        ("两辆车剐蹭了，司机在路中间吵，后面堵成一长串", "traffic"),
        ("电动车逆行，差点撞到人", "traffic"),
        ("有人喝了酒开车，在路上歪歪扭扭", "traffic"),
        ("早上那辆事故车已经拖走了，路通了", "traffic"),
        ("有辆车把我家车库门口堵了，找不到车主", "traffic"),
        ("路口车排成长龙，半小时没动", "traffic"),
        ("老头乐和电动车抢道，刚才差点撞上", "traffic"),
        ("两个司机别车，开斗气车，在路上逼停", "traffic"),
    ],
)
def test_security_disputes_traffic_in_everyday_words(text: str, category: str) -> None:
    result = classifier().classify(text)
    assert result.category == category, result.keywords


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("一辆车停在消防通道上好几天了", "fire_safety"),
        ("工地晚上十二点还在打桩，吵得睡不着", "urban_management"),
        ("阳台栏杆外面挂了好几盆花，风大怕掉下来砸人", "safety_hazard"),
        ("文化广场晚上摆摊套圈打气球的越来越多，都是无证的", "urban_management"),
        ("卖水果的三轮车天天堵在小学门口，放学时候乱得很", "urban_management"),
        ("公交站台的顶棚被风掀了一半，挂在那", "municipal_facility"),
        ("新开的足浴店门口立了个两米高的灯箱，挡着盲道", "urban_management"),
    ],
)
def test_added_words_leave_other_categories_alone(text: str, category: str) -> None:
    result = classifier().classify(text)
    assert result.category == category, result.keywords
