"""Round 30 (M): urgent safety hazards (not fire) said without the textbook word.

Every urgent sentence below was missed by the rules before this round. Urgent: a gas smell at
a cylinder, its joint or under the stove ("罐子接口那里有味", "气味不对") while people cook, eat,
sleep or sing, a smell in a boiler room or basement with someone sick or not answering, soap
water bubbling on a gas joint, a cylinder room where people have headaches; an ammonia smell
at a cold store with workers coughing, vomiting or dizzy; a lift sliding down (往下溜, 闸不住),
shaking or stopped dark with someone crying or calling inside; a crane arm or hook swinging in
the wind over workers or a pavement; a glass pane or window frame come half out or cracking
loudly over a crowd; a roof, awning or beam sagging and creaking over people; a child slid
into a pit or climbed into a flooded one, pit sides cracking with people below; a retaining
wall bulging after rain, a slope sliding with houses below; a sign frame twisted and tilting,
a stage light frame or flagpole going over a crowd; a worker slipped at a roof edge, hanging
on, or the rope fraying; fireworks stored beside a cigarette, sparks or children playing.

Calm: smells that were pickles, drains, paint or herbs; joints already changed; a fishy cold
store; lifts that are habitually jerky, repaired or closed; cranes off work; signs swaying in
every wind, already removed or cordoned; walls to be fixed before the rainy season; ropes
replaced; fireworks only stored or warned about; a clothes rack over one's own yard.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("safety_hazard", "早餐店的罐子接口那里一直有味，老板娘在炸油条，门口排着队"),
    ("safety_hazard", "电梯闸不住，一直往下溜，里面有两个人在打电话求助"),
    ("safety_hazard", "工地塔吊的大臂被风吹得乱转，底下还有工人在干活"),
    ("safety_hazard", "风太大了，吊车的钩子晃得厉害，吊着的预制板在往人行道那边摆"),
    ("safety_hazard", "楼上阳台的玻璃窗框脱出来一半，吊在外面，楼下在卖菜"),
    (
        "safety_hazard",
        "村口挖的化粪池坑一人多深，里面有水，没围栏，一个小孩捡球脚一滑半个身子在里头",
    ),
    ("safety_hazard", "工地没拉警戒线，坑边的土在裂，几个工人还在坑底挖"),
    ("safety_hazard", "楼顶有个工人在铺瓦，没系安全带，风很大，刚才脚下一滑，现在两手扒着屋檐"),
    ("safety_hazard", "十几楼外面有人坐着吊绳在刷墙，绳子在楼角磨得起毛了，人在半空打转"),
    ("*", "隔壁租户家里堆满了烟花爆竹，几个小孩在门口拿打火机点炮玩，楼里住着几十户"),
    ("*", "楼下小卖部屋里屋外全是鞭炮，老板叼着烟在箱子上拆包，烟灰直往箱子上掉"),
    ("*", "村里有人家里藏了好多土炮仗，几个小孩拿出来在屋里拆着玩"),
    ("safety_hazard", "海鲜市场的冷冻库一股冲鼻子的味，几个搬运工蹲在门口吐"),
    ("safety_hazard", "下了一夜雨，后山挡墙往外鼓了个大包，墙下住着好几户人家"),
    ("safety_hazard", "路口的大广告牌一边的螺丝崩了，往下歪，底下车来车往"),
    ("safety_hazard", "高速边上那个大牌子架子已经扭了，风一吹往下歪得厉害，旁边加油站有车在加油"),
    ("safety_hazard", "屋顶上的招牌被吹得一翘一翘的，快掉了，下面是学校大门"),
    ("safety_hazard", "电梯里灯灭了，上下都不动，我儿子在里面哭"),
    ("safety_hazard", "城中村那栋楼的电梯钢丝绳在响，电梯一直抖，里面装着一家人"),
    ("safety_hazard", "厂里食堂的天然气管子接头在冒泡泡，刷了肥皂水全是泡，工人在吃饭"),
    ("safety_hazard", "学校锅炉房那边气味很冲，几个学生从旁边走过说恶心"),
    ("safety_hazard", "KTV包厢里气味不对，是后面厨房的罐子，里面好多人在唱歌"),
    ("safety_hazard", "小饭馆后面的瓶子倒了，味道出来了，厨师还在颠勺"),
    ("safety_hazard", "戏台旁边的灯架被风吹得往人群那边歪，下面好几百人在看戏"),
    ("safety_hazard", "桥下施工的脚手架往行车道那边歪了，底下车一辆接一辆"),
    ("safety_hazard", "村里老祠堂的梁发出咔咔的声音，里面几十个老人在开会"),
    ("safety_hazard", "地铁施工的坑边土在往下垮，边上是人行道，人还在走"),
    ("*", "仓库改的宿舍里堆着烟花，工人在箱子边上用电炉子煮面"),
    ("safety_hazard", "地下室住了人，还放了好多液化气罐，通风口都堵了，里面的人说头疼想吐"),
    ("safety_hazard", "公路边的护坡往下垮了一块，上面还挂着大石头，下面在过车"),
    ("safety_hazard", "村后的土坡被雨泡软了，往下溜，坡底住着五保户老人"),
    ("safety_hazard", "暴雨一直下，小区后面的挡墙裂开了，墙后面的土在往外推"),
    ("safety_hazard", "路口的龙门架广告牌被风吹得扭了，螺丝一颗颗往下掉，下面是红绿灯"),
    ("safety_hazard", "商场楼顶的大字被风吹弯了一个，吊着在晃，楼下是广场"),
    ("safety_hazard", "家里的罐子放在灶下面，那个味呛得很，孙子在屋里睡觉"),
    ("safety_hazard", "巡逻记：三号楼地下室闻到刺鼻气味，有住户在里面，敲门不开"),
    ("safety_hazard", "群里说 菜场那个铁皮棚子歪了，下面几十个摊子在卖"),
    ("safety_hazard", "哎呀那个招牌要下来了，下面有娃娃在玩"),
    ("safety_hazard", "工地大坑边上几个小孩爬进去玩了，里面都是水"),
    ("safety_hazard", "冷库里好几个人都说头痛，气味太冲了，领班还让进去干活"),
    ("safety_hazard", "电梯厢里老太太喊心慌，门撬不开，物业还没来"),
    ("safety_hazard", "老乡讲后山那堵石墙鼓起个大肚子，墙脚冒浑水，墙下头几户还住着人"),
    ("safety_hazard", "阿叔话冻库那边有阵好攻鼻嘅味，几个后生仔喺门口咳到弯腰"),
    ("safety_hazard", "楼顶那个吊机转来转去停不下来，吊钩里挂着砖，底下工人在搬"),
    ("safety_hazard", "那个雨棚都凹下去了，水兜了一大包，底下一堆人躲雨"),
    ("safety_hazard", "商场中庭顶上的玻璃裂了一大条，啪啪响，底下在搞活动人挤人"),
    ("safety_hazard", "楼顶上干活的那个人被风刮得一个趔趄，现在趴在边上不敢动，啥也没拴"),
]

CALM = [
    ("*", "早餐店的罐子接口那里有味，师傅来换了新的，现在没事了"),
    ("*", "上次饭店后厨罐子那里有味，老板已经换了减压阀"),
    ("*", "泡菜罐子打开一股味，冲得很，孩子说不爱吃"),
    ("*", "家里的罐子是空罐，灶下面那个味是腌菜的，没事"),
    ("*", "想问一下灶下面放液化气罐合不合规定，老人在家做饭"),
    ("*", "锅炉房那边气味很冲，天天都这样，希望环保来查一下"),
    ("*", "后厨的气味不对是下水道反味，物业说明天来疏通"),
    ("*", "地下室刺鼻气味是刷油漆，工人干完活都出来了"),
    ("*", "燃气管子接头去年刷肥皂水冒泡，已经换了新的"),
    ("*", "燃气公司上门检查，刷了肥皂水没冒泡，放心了"),
    ("*", "冷库那边一股鱼腥味，天天这样，想问能不能管管"),
    ("*", "去年冷库漏过一次，工人头晕送医院了，现在换了新管子"),
    ("*", "冷库里干活头疼，医生说是感冒，想请两天假"),
    ("*", "制冰厂的机器吵得睡不着，晚上能不能停一停"),
    ("*", "电梯老是一顿一顿的，住户心里发毛，希望物业请维保来看看"),
    ("*", "上次电梯往下溜了一截，维保来修好了，贴了检验单"),
    ("*", "电梯里灯灭了，物业说是灯管坏了，里面没人"),
    ("*", "电梯停着不动，贴了停用通知，等维保明天来修"),
    ("*", "电梯一直抖，年检的时候说要换钢丝绳，想问什么时候换"),
    ("*", "塔吊晚上收工后吊钩晃来晃去，下面没人，就是看着吓人"),
    ("*", "工地塔吊转来转去吱吱响，怕哪天出事，能不能让他们检查一下"),
    ("*", "吊车的钩子晃得厉害，工地已经停工拉了警戒线"),
    ("*", "商场外墙玻璃裂成蜘蛛网那块，昨天已经拆掉了"),
    ("*", "手机屏幕裂成蜘蛛网了，想问哪里修"),
    ("*", "窗框脱出来一半的那户，物业已经围起来了，下面没人走"),
    ("*", "菜市场的棚子上次往下凹，已经加固了"),
    ("*", "楼上咯吱咯吱响，是他家拖椅子，吵得睡不着"),
    ("*", "戏台顶的梁去年咔咔响过一回，后来换了新梁"),
    ("*", "村口化粪池去年有个小孩滑下去过，救上来了，现在加了盖"),
    ("*", "孩子的球滚进坑里了，爬下去捡不安全，想找人帮忙"),
    ("*", "工地坑边的土在裂，工人都上来了，坑边已经围起来了"),
    ("*", "下雨前后山挡墙往外鼓，建议雨季前处理一下"),
    ("*", "挡土墙鼓了个大包好几年了，一直这样，希望加固"),
    ("*", "坡底那几户住的土坎子泡软了，去年就加固好了"),
    ("*", "广告牌螺丝崩了那块，城管已经拆掉了"),
    ("*", "楼顶招牌一刮风就晃，建议商家加固一下"),
    ("*", "大风天招牌被吹弯了，底下没人，已经拉了警戒线"),
    ("*", "旗杆被风吹得弯成弓，挺好玩的，没什么事"),
    ("*", "工人在楼顶干活没系安全带，看着悬，能不能提醒一下"),
    ("*", "上次那个电工脚下一滑挂在杆子上，被同事拉上来了"),
    ("*", "那个刷墙的师傅绳子磨得起毛，已经换了新绳子才干活"),
    ("*", "烟花爆竹别在家里囤，点炮玩注意安全，宣传一下"),
    ("*", "楼下小卖部堆了好多鞭炮，想问能不能让他搬走"),
    ("*", "去年仓库里的烟花被没收了，今年又堆了几箱，希望查一下"),
    ("*", "过年几个小孩拿打火机点炮玩，挺开心的"),
    ("*", "电梯里有个老爷子天天坐电梯锻炼，想问安不安全"),
    ("*", "我们在电梯里面贴了防诈宣传海报"),
    ("*", "楼上阳台那个晾衣架子往下歪，不高，下面是自家院子"),
    ("*", "后厨煤气味查过了，是灶台没关好，已经关了阀门，通风了"),
    ("*", "灶间那股气味是熬中药，阿姨说味道冲得很，没人难受"),
    ("*", "这个冷库的白气是正常化霜，不是漏，师傅说没事"),
    ("*", "那块玻璃裂了一大条好多天了，想问物业什么时候换"),
    ("*", "山坡上泡软了的地方村里已经拉了警戒线，人都撤了"),
    ("*", "吊篮里的工人都下来了，吊篮一头斜着，等明天修"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
