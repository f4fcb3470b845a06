"""Round 32 (s): ground, structures, water and ice endangering people now, said without the
textbook word (坍塌, 倒塌, 被困), and the category a clerk would give them.

Every urgent sentence below was missed before this round (calm, or urgent under the wrong
category). A hole, a crack or a road edge that is still growing (还在往两边扩, 越来越大, 深得
看不到底) with people or bikes still passing; a road or pavement sinking (路面下沉, 往下凹,
陷了个坑) with a wheel in the hole or a school crowd about to cross; ice that is thin, new,
rotten or dark (薄得很, 才冻了一晚, 酥了, 发黑, 化了个窟窿, 一踩就翻) with people on it; a plug,
cable or wire end lying in standing water with children or workers in the water; a wire hanging
down to head height over people and lorries; a boiler, air tank or hot-water tank whose gauge
needle is in the red or at the stop and whose relief valve does not lift; a railing, guard chain
or parapet knocked off, taken away or fallen, with a river, cliff or drop beside it and children
or walkers at the edge; a tree or branch half broken, hanging by its bark, half sawn, undermined
or leaning over a class, a stall or anglers; a thing hanging askew and about to drop with people
still walking under it; a concrete slab or balcony shedding its concrete down to the bars over
people and cars; a wall soaked soft, oozing mud and bulging over stalls or a queue; mud running
down a slope onto lived-in houses; a manhole cover jumping on a water jet or flipped open over
a black hole while pupils come out; a grandstand shaking with every seat taken, a bouncy castle
with a rope gone and children inside.

Calm: a pothole that only splashes or jolts, the same things past or handled (上次, 去年, 填平了,
拉闸了, 水马挡起来了, 拉了警戒线, 盖好了), feared or asked about (怕, 雨季前最好处理, 想问有没有人
验收), a broken gauge, or only a nuisance (弄得车脏). These pass before this round too: they keep
the new patterns' cancel words honest.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("safety_hazard", "后山那个坡 雨下了一夜 泥巴顺着往下流 坡下面就是几户人家 老人还在屋里"),
    (
        "municipal_facility",
        "隧道口那条路 地面往下沉了有半米 前面一辆货车卡在那 后面车排好长 还有车想绕过去",
    ),
    (
        "municipal_facility",
        "超市门口停车场地面陷了个坑 一辆小车前轮整个下去了 里面还有个老人没下车",
    ),
    (
        "municipal_facility",
        "学校门口斑马线那里 路面下沉 裂得跟蜘蛛网一样 中间往下凹 一会放学几百个学生要从那过",
    ),
    ("safety_hazard", "护城河上 冰薄得能看到下面水在流 一群初中生在上面滑 我喊他们不听"),
    ("safety_hazard", "河边冰上有个老人在凿冰钓鱼 他旁边的冰裂开一条缝 水都冒上来了 他还没发现"),
    ("safety_hazard", "村头池塘 冰面中间已经化了个窟窿 几个小孩在窟窿边上跳"),
    ("safety_hazard", "开春了冰都酥了 河上还有人骑电动车抄近路过冰面 听着咯吱咯吱的"),
    ("safety_hazard", "学校后面那条河结了层薄冰 一帮学生放学在上面打出溜滑 冰上好几处发白开裂"),
    ("safety_hazard", "公园湖面冰上有人在冬泳的冰洞边上围观 冰在往下沉 水漫到鞋面了"),
    ("safety_hazard", "河面冰化了一半 有两个小孩在冰块上跳来跳去 冰块一踩就翻"),
    ("safety_hazard", "这么暖和的天 滑冰场外面那片野冰上还有人 冰发黑了 边上都是水"),
    ("safety_hazard", "高压线被树枝压得垂得很低 离地也就两米 下面是停车场 有人开那种高的货车进去"),
    ("safety_hazard", "小区充电桩那边地上积了水 插头泡在水里 有小孩在那玩水"),
    ("safety_hazard", "地下室锅炉房那个锅炉压力表指针打到红色那格了 一直在尖叫 烧锅炉的人不见了"),
    (
        "safety_hazard",
        "澡堂的热水罐 表上的针顶到头了 罐子嗡嗡响 接口在往外滋热水 里面还有人在洗澡",
    ),
    ("safety_hazard", "我们厂那个空压机储气罐 表针一直往上走 安全阀不动 车间里二十多个人"),
    (
        "municipal_facility",
        "东桥上的栏杆被车撞掉一大截 就剩个口子 下面就是河 小孩骑自行车就在边上过",
    ),
    ("municipal_facility", "小区景观河边上的护栏倒了好几根 小孩子在那追着跑 离水就半步"),
    (
        "municipal_facility",
        "过街天桥台阶上有块踏板没了 露出个大口子 能看到底下的车 老人都扶着慢慢走",
    ),
    ("municipal_facility", "江边步道的防护链子断了 那段正好是陡坎 晚上散步的人多 灯也不亮"),
    ("municipal_facility", "山路弯道那的护栏没了 外边就是崖 刚才一辆电动车差点冲出去"),
    ("municipal_facility", "码头边上的栏杆断了 有人在那拍照 背后就是水"),
    ("safety_hazard", "脚手架上的一块木板斜挂着 随时要掉的样子 下面人行道没封 人照走"),
    ("municipal_facility", "修剪的工人锯了一半的树干没锯断就走了 挂在那吱吱响 下面就是人行道"),
    ("municipal_facility", "河边那棵柳树 树根被水掏空了 整棵往水里斜 树下还有人在钓鱼"),
    (
        "municipal_facility",
        "暴雨过后 小区门口一棵树斜靠在三楼阳台上 树干一直往下滑 保安让人绕行 没人听",
    ),
    ("safety_hazard", "地下车库顶上一大块水泥在往下掉渣 钢筋都露出来了 还有车在下面停"),
    (
        "safety_hazard",
        "楼下小卖部门口那个阳台 底下的水泥掉光了 只剩钢筋撑着 上面还晒着东西 阳台下面人来人往",
    ),
    ("safety_hazard", "菜场边那个围墙 被雨泡软了 墙根在往外冒泥 墙在往外鼓 墙根下摆满摊子"),
    ("municipal_facility", "雨太大 井盖一直往上蹦 水柱喷一米高 路上还有电动车在过"),
    ("municipal_facility", "学校门口那个井盖 一半翻过去了 露着黑洞 学生正在出校门"),
    ("safety_hazard", "溜冰场旁边那个临时看台 晃得厉害 螺丝掉了好几个 上面坐满人在看比赛"),
    # urgent now, though the category a clerk would give is not reached yet
    ("*", "高架下面辅路 有一块路面在往下掉渣 下面是空的 能看到管子 车照样开"),
    ("*", "学校楼顶平台的女儿墙缺了一块 孩子们下课就上去玩"),
    ("*", "水渠边上本来有铁栏杆 被人拆走卖了 水很急 旁边就是小学放学的路"),
    ("*", "学校操场边上那棵大杨树 往操场这边倒 根那里土都拱起来了 学生在上体育课"),
    ("*", "风把路边树上的一大块枯枝吹得只连着一层皮 树下菜摊子照摆"),
]

CALM = [
    ("*", "路面上那个坑越来越大 下雨就积水 车过去溅一身水"),
    ("*", "上次路面下沉那块 施工队已经填平了 学生照常过"),
    ("*", "冰面刚冻 很薄 社区已经在河边立了警示牌 提醒孩子们别上去"),
    ("*", "去年冬天有小孩在冰上跑 冰裂了 幸好救上来了"),
    ("*", "电线垂得很低 怕哪天有人碰到 麻烦找供电所来看看"),
    ("*", "插头泡在水里那个事 物业已经拉闸了 也拔掉了"),
    ("*", "锅炉压力表坏了 一直显示零 想问年检找谁"),
    ("*", "河边护栏断了那段 已经用水马挡起来了 孩子们也不去了"),
    ("*", "那棵树的枝子断了一半挂着 园林已经拉了警戒线 下面没人走了"),
    ("*", "挡土墙往外鼓 雨季前最好处理一下 底下住着几户"),
    ("*", "坡上的泥水往下流 弄得车脏 停车场车主都在抱怨"),
    ("*", "井盖往上蹦的事是那天下暴雨 后来市政来盖好了"),
    ("*", "看台晃得厉害 比赛明天才开始 想问有没有人验收"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
