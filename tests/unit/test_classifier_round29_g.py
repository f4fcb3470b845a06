"""Round 29 (G): fire, smoke, gas, chemicals and electricity said without the textbook word.

Every urgent sentence below was missed by the rules before this round. Urgent: a smoke or gas
alarm (or just 嘀嘀嘀 behind a door) beeping on for many minutes with nobody answering, a little
smoke or haze in the stairwell; a window going red in waves or flickering red with soot or
nobody home; a power strip, plug or the wiring in a wall melted, blackened or hot and smoking;
a gas cylinder, acetylene or oxygen bottle hissing (吱吱, 咝咝); current in standing water (积水
带电, 水里有电, a foot going numb) or a fallen wire on an iron railing with children about; a
smell that stings the eyes and tightens the throat with people coughing or children nearby; a
pot left on the stove with the owner out and the door locked (一股糊味, 锅烧黑, 冒大烟); a
water-heater flue come off while someone bathes; burning coals or incense tipped onto boxes,
firewood or bedding; boxes smoking in a stairwell (a smell of burnt paper is no grave there);
a burning smell from a room where a drunk lies.

Calm: alarms that were smoke from cooking, a flat battery, a test or a drill; beeping e-bikes
and clocks; paper cuts and sunsets at windows and a heater behind the curtain; sockets already
replaced; empty cylinders and last year's leaks; a warning about live water; onions, barbecue
smoke, a daily smell that asks for action, pollen; a pot found in time and the fire turned off;
a flue to be repaired, a car's exhaust; coals doused, boxes cleared; a lantern in a window.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # an alarm beeping on, nobody answering, a little smoke or haze
    ("*", "602的烟感嘀嘀嘀叫了十几分钟了，敲门没人，门底下有点烟"),
    ("*", "烟感一直在响，楼道里雾蒙蒙的，看不清楼梯"),
    ("*", "对门屋里嘟嘟嘟叫了半个钟头，我敲门一直没人开，门缝里有股烟味儿"),
    ("*", "3楼那家的烟感一直在叫，敲门没人，楼道里有点烟"),
    ("*", "楼下那户报警器哔哔哔的，电话打过去没人接，窗户黑着灯"),
    # a red glow or flicker at a window
    ("*", "走廊尽头那户窗帘后面亮得发红，一晃一晃的"),
    ("*", "对面楼窗户里红彤彤的，窗框上往外冒灰"),
    ("*", "那户窗户里一阵一阵发红，窗玻璃都黑了"),
    # sockets, plugs, wiring melted, blackened, hot and smoking
    ("*", "老楼的电线老化了，墙里头滋滋响，墙皮发黑发烫"),
    ("*", "插线板熔了一个角，冒青烟，上面还插着电暖气"),
    ("*", "空调插头那里烧黑了，有烟，屋里有个婴儿"),
    # gas cylinders hissing (吱吱, 咝咝)
    ("*", "煤气罐子在响，吱吱的，阀门拧不动"),
    ("*", "厂里乙炔瓶那儿一直咝咝漏，工人在旁边电焊"),
    ("*", "煤气罐子在吱吱响，阀门拧不动，楼上楼下都闻到了"),
    # live current in standing water, a wire on an iron railing
    ("*", "小区门口的积水带电，有个老头扶着铁栏杆被打了一下"),
    ("*", "路上的水带电了，我踩进去腿一麻，还有小孩在玩水"),
    ("*", "地下车库的水里有电，麻手，好几个人在里面搬东西"),
    ("*", "电线掉在铁栏杆上了，滋滋响，学生在放学"),
    # a smell that stings the eyes with people coughing or close by
    ("*", "农贸市场的冷库那边一股刺鼻的氨水味，熏得人眼泪直流"),
    ("*", "隔壁厂子放出来的气辣眼睛，鼻子嗓子像火烧一样，好几个人在咳"),
    ("*", "路上一股子怪味，眼睛刺痛，嗓子眼发紧，附近小学在上课"),
    ("*", "河面上漂着一层东西，味道呛得人直淌眼泪，岸边有人在洗衣服"),
    ("*", "那个化工仓库门口一股子药水味，眼睛辣，周围都是居民楼"),
    ("*", "小厂子往沟里倒东西，一股酸味冲上来，眼睛刺得疼，几个孩子在沟边玩"),
    ("*", "菜场那边有人打翻了一桶东西，辣眼睛，摊主都在咳"),
    ("*", "晚上那个厂又在放气，呛得眼泪直流，楼下散步的都在咳嗽"),
    ("*", "闻着那股味眼睛刺痛，嗓子发紧，工地上好几个人蹲着咳"),
    # a pot left on the stove, the owner out, the door locked
    ("*", "二楼那家出门了灶上还炖着东西，现在一股糊味，门锁着"),
    ("*", "一楼早餐店后面的油锅冒大烟，老板出去送货了"),
    ("*", "楼下那家灶上坐着锅，人出去了，锅都烧黑了，往外飘味"),
    ("*", "灶没关就出门了，邻居闻到一股焦糊，门锁着"),
    ("*", "厨房里冒大烟，老人耳朵背，敲门听不见"),
    ("*", "灶台上熬着中药，人出去买菜了，一股糊味，门锁着"),
    # a water-heater flue come off with someone bathing
    ("*", "卫生间的热水器排气管掉了，里面有人洗澡半个钟头了"),
    # coals or incense tipped onto boxes, wood, bedding
    ("*", "路边烤红薯的炉子倒了，炭火滚到一堆纸箱子边上冒烟"),
    ("*", "炉子翻了，红炭滚得一地，旁边就是柴火垛"),
    ("*", "火盆踢翻了，炭火滚到床底下，床上躺着个老人"),
    ("*", "香炉倒了，香火掉在纸钱堆上冒烟，庙里都是木头"),
    # boxes smoking in a stairwell; a burning smell where a drunk lies
    ("*", "一楼堆的纸壳子冒烟了，闻着烧纸味，楼道里没人管"),
    ("*", "出租屋的门缝往外飘一股像烧头发的味，里面住着个喝醉的"),
    ("*", "店里一股烧塑料的臭味，天花板的灯在闪，冒了点烟"),
    ("*", "纸箱堆冒烟了，一股烧纸的味，楼道里没人管"),
]

CALM = [
    # past, handled, feared, negated, routine and look-alike uses of the new words
    ("*", "昨晚502的烟感一直在响，上去看了是有人在屋里抽烟，没事了"),
    ("*", "烟感一直滴滴叫，应该是没电了，想问谁负责换电池"),
    ("*", "宿舍烟感叫个不停，是有人煎牛排油烟太大，已经复位了"),
    ("*", "上次报警器响了好久敲门没人，后来核实是误报"),
    ("*", "燃气报警器要不要换，用了八年了，楼里老人想问一下"),
    ("*", "楼下电动车嘀嘀嘀叫了半天，没人管，吵得睡不着"),
    ("*", "闹钟嘀嘀嘀响了一早上，邻居家没人，能不能提醒一下"),
    ("*", "对面楼窗户上贴的窗花红彤彤的，过年气氛挺好"),
    ("*", "傍晚窗户外面晚霞通红，拍了几张照片"),
    ("*", "窗帘后面发红是他家的取暖器小太阳，问过了，没事"),
    ("*", "插线板上个月熔了一块，已经换新的了"),
    ("*", "插座烧黑了，电工来了已经换掉了"),
    ("*", "电热毯发烫，想问这个牌子有没有召回，没冒烟"),
    ("*", "以前插头化过一次，现在不敢用大功率电器"),
    ("*", "煤气罐子空瓶了，回收的什么时候来"),
    ("*", "去年氧气瓶漏过一回，后来都换了新的"),
    ("*", "积水里有电的事上次说过了，供电所已经断电修好了"),
    ("*", "暴雨后路上积水，想问什么时候能排掉，没发现带电"),
    ("*", "宣传一下：看到积水带电千万别蹚"),
    ("*", "电线搭在铁栏杆上的那个，去年就修好了"),
    ("*", "楼下私拉电线搭在护栏上晾衣服，说了不听"),
    ("*", "切洋葱切得眼睛辣，孩子在旁边咳嗽，哈哈"),
    ("*", "隔壁喷漆作坊天天一股味，刺得眼睛疼，老人一直在咳，希望管管"),
    ("*", "烧烤摊的烟辣眼睛，几个人在咳，每天晚上都这样"),
    ("*", "前天厂里放气，辣眼睛，好几个人咳嗽，今天没味了"),
    ("*", "花粉过敏眼睛疼流眼泪，孩子也咳嗽，想问社区医院几点开门"),
    ("*", "上次灶上炖着东西人出去了，锅烧黑了，好在回来得早没事"),
    ("*", "我妈出门忘关火，一股糊味，我已经赶回来关了火，没事了"),
    ("*", "刚才一股焦糊味，敲门一问是楼下阿婆熬干了锅，已经关了火"),
    ("*", "热水器排气管松了，想找人来修，家里没人洗澡"),
    ("*", "车的排气管掉了，停在小区门口挡路"),
    ("*", "炉子翻了，炭火滚到纸箱边上，我们浇了水灭了"),
    ("*", "火盆上次踢翻了一回，还好捡起来了，提醒大家注意"),
    ("*", "香炉倒了，香火掉在纸钱上，已经踩灭了"),
    ("*", "楼道纸箱冒烟那次是去年，后来都清理了"),
    ("*", "楼下有人堆纸箱在楼道里，怕冒烟，希望清理一下"),
    ("*", "楼下烧烤摊一股糊味，几个喝醉的在吵"),
    ("*", "塑料厂晚上一股烧塑料的味，好几个月了"),
    ("*", "以前变压器冒过烟，现在换了新的"),
    ("*", "墙皮发黑发霉，一股霉味，想找物业"),
    ("*", "电线老化了，想申请改造，老人怕出事"),
    ("*", "他家窗户里红彤彤的是灯笼，不是着火"),
    ("*", "那个报警器是坏了，一直嘀嘀嘀，已经拆掉了"),
    ("*", "烟感一直响，物业说是测试，已经停了"),
    ("*", "小区演练的时候烟感一直叫，大家都下楼了"),
    ("*", "积水漏电的地方已经拉了警戒线，供电所在修"),
    ("*", "钢瓶嘶嘶响那是去年的事，后来换了新阀门"),
    ("*", "眼睛疼流眼泪，医生说是结膜炎，孩子也有点咳嗽"),
    ("*", "饭店油锅冒大烟，是炒菜，老板就在边上"),
    ("*", "烟感一直在叫的那家，物业上去看了是有人抽烟，没事了"),
    ("*", "积水带电的说法是假消息，供电所来看过了"),
    ("*", "厨房冒大烟是在熏腊肉，人就在家"),
    ("*", "报警器嘀嘀嘀叫了一阵，是维保在测试"),
    ("*", "炉子上次倒了一回，炭火滚到纸箱边上，捡起来了没事"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
