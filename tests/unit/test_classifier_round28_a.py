"""Round 28 (A): danger said in the plain words of people who see it, in towns, villages,
markets and old housing estates.

Every urgent sentence below was missed by the rules before this round. Urgent: a thief at a
lock, shutter or door now (撬…卷闸门, with a lookout or the noise going on); something already
fallen with more loose above it (掉了一块…上头还有), or broken and hanging over a busy place
(吊半空…底下就是, 一半搭在…下面就是); a cracked wall still creaking or dropping bricks; a lift
door open on an empty shaft that is still open; people held at home by debt collectors (堵家里
不让出去) or put out in the snow; a person on community correction gone with the tag cut or
threatening revenge; someone high or ill running about in the road; tools held at each other;
workers sitting down in a crowd over pay or fees (坐了一地, 全坐在门口…情绪很冲), a busload gone
to petition; burst mains lifting the road, a manhole lost under flood water, a river at the
top of its bank with water in the lanes; knocking growing weaker, heart pain (心口痛), weapons
taken out (掏出家伙), a scuffle (扯来扯去), fever with raving.

Calm: a lock picked last week, a locksmith at work, a lost man found last year, a loose sign
only feared, tiles fallen last year and cordoned off, a wall that sheds chips in the rain, a
lift repaired or taken out of use, a person on correction gone to work elsewhere, a hoe in a
field, a sit-in only planned, last year's fire and flood, a filled hole, a drunk friend driven
home, a warning about snatchers, wild mushrooms on sale, music turned down, a coal heap that
burned last year, workers gone home, an old heart complaint, a fever long ago.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # thieves at a lock or a shutter now
    ("*", "两个小年轻在撬小卖部的防盗门，边上一个放风的"),
    ("*", "小区东门那家烟酒店的卷闸门一直被人撬，砰砰的"),
    ("*", "仓库那边有两个人在撬铁门，一直有动静"),
    # fallen already with more loose above; hanging broken over people
    ("*", "六楼的广告灯箱已经掉了一块砸在车顶上，上头还有好几块翘着"),
    ("*", "小区门头的铁皮整块掉下来砸到自行车，上面还有一片翘起来"),
    ("*", "工地塔吊的配重块吊半空，底下就是人来人往的路口"),
    ("*", "隔壁的围挡一半搭在我们的车棚上，下面就是停车场"),
    ("*", "二楼的雨棚一半搭在电线上，下面就是菜市场过道"),
    # cracked walls creaking
    ("*", "楼梯间的墙开裂了，噼啪响，楼上楼下都住着人"),
    # a lift door open on an empty shaft, still open
    ("*", "单元楼电梯门开着，轿厢没下来，这会儿还开着，里面黑洞洞的"),
    ("*", "电梯门开着轿厢没到，现在还开着，谁踩进去就完了"),
    # held at home by debt collectors; put out in the cold
    ("*", "要账的把老周堵家里不让出去，老周有心脏病"),
    ("*", "楼下那个酒鬼把他妈赶到门外，穿着睡衣在发抖，外面下着雪"),
    ("*", "男人喝多了把老婆赶出门，外面下着雪，她只穿了件单衣在发抖"),
    # people on community correction gone, tag cut, a threat
    ("*", "社区矫正的那个后生把定位手环剪了，人也跑了"),
    ("*", "刑满的那个小伙子早上跑掉了，说是要去找人算账"),
    ("*", "社区矫正的小赵昨晚把定位摘了，人跑掉了"),
    ("*", "矫正对象老孙跑了，说要去报复那个举报他的"),
    # someone high or ill running about the road; tools held at each other
    ("*", "有个吸毒的在马路上乱窜，又唱又跳，刚吸了"),
    ("*", "那个吸了的在大马路上又唱又跳，车都绕着走"),
    ("*", "楼下两个摊主一人一把菜刀似的铁铲对着，劝不住"),
    # crowds sitting down over pay or a fee; a busload gone to petition
    ("*", "烂尾楼下面工人坐了一地，要讨工资，把路都堵了"),
    ("*", "厂里的工人聚在门口要工钱，车出不去"),
    ("*", "出租车司机全坐在公司门口，说份子钱太高，情绪很冲"),
    ("*", "菜农全坐在批发市场大门口，说管理费不合理，情绪很激动"),
    ("*", "工人坐了一地在项目部门口，要工钱"),
    ("*", "装修工人全坐在业主家门口，要工资，情绪很冲"),
    ("*", "一大车的业主去市里讨说法，已经开走了"),
    ("*", "一大车的村民去区里上访，车已经上路了"),
    # burst mains lifting the road; a manhole gone under water; a river at the top of its bank
    ("*", "小区门口供水管爆了，把路面顶得鼓起来了"),
    ("*", "路口的主水管爆了，地砖都掀起来了"),
    ("*", "自来水管爆了，把马路都拱起来了"),
    ("*", "小区里的水管爆了，路都鼓起来了"),
    ("*", "小区门口井盖不见了，积水漫过，看不到洞"),
    ("*", "井盖被冲开了，水漫过去，看不见洞在哪"),
    ("*", "河里的水快到堤顶了，巷子里开始进水"),
    ("*", "河水快过堤了，村里已经进水"),
    # knocking getting weaker; heart pain; weapons taken out; a scuffle; fever and raving
    ("*", "地下室有人在敲管子，敲了一晚上，越来越没力气"),
    ("*", "我爸突然说心口痛得厉害"),
    ("*", "我妈说她心口好痛，一直捂着"),
    ("*", "麻将桌上吵起来，一个人掏出家伙往里冲"),
    ("*", "那几个人从后备箱摸出家伙，朝饭店走过去了"),
    ("*", "两家人在门口扯来扯去，老人夹在中间"),
    ("*", "俩人在楼道扯来扯去，一个孕妇被挤在中间"),
    ("*", "发高烧烧得说胡话，家里没人"),
]

CALM = [
    # a lock picked last week, a locksmith; an old man found last year
    ("*", "上周车棚有人撬过电动车锁，能不能多装几个监控"),
    ("*", "我钥匙丢了，叫了开锁师傅来撬门锁"),
    ("*", "去年那个走丢的老人后来送回家了，今天家属来送锦旗"),
    # a loose sign feared, tiles fallen last year and cordoned, chips in the rain,
    # a repaired lift, a lift taken out of use
    ("*", "楼顶广告牌螺丝松了，风一吹就晃，底下是公交站，麻烦派人看看"),
    ("*", "外墙瓷砖去年掉下来砸过车，上面还有几块，已经拉了警戒线"),
    ("*", "老房子墙裂了，一下雨就往下掉渣，想问问能不能申请维修资金"),
    ("*", "电梯上周卡在两层中间过一次，里面没人，已经修好了"),
    ("*", "电梯门开着轿厢不在的事上周报过，现在已经停用了"),
    # a person on community correction gone to work elsewhere, a question about papers
    ("*", "社区矫正的小李这周没来报到，电话打不通，家里说去外地打工了"),
    ("*", "社区矫正人员怎么办理解矫手续，想咨询一下"),
    # a hoe at work, a sit-in only planned, last year's fire, an old bulge, a filled hole,
    # last year's flood plan
    ("*", "老王锄地除草，锄头挥来挥去的，干得挺卖力"),
    ("*", "工人们打算明天坐在项目部门口要工钱，先报备一下"),
    ("*", "去年烧纸没灭干净，风大差点着了山，今年要多提醒"),
    ("*", "水管师傅说路面拱起来是去年爆管留下的，已经修好了"),
    ("*", "井盖没了的那个坑已经补上了，谢谢"),
    ("*", "往年河水快过堤的时候要备沙袋，今年预案做了吗"),
    # a drunk friend put in a car, a warning about snatchers, mushrooms on sale, music turned down
    ("*", "昨晚把喝醉的朋友塞进车里送回家了，没出什么事"),
    ("*", "以前有人项链被扯走过，提醒大家戴首饰小心"),
    ("*", "菜市场有人卖自己采的野蘑菇，怕有人吃了中毒"),
    ("*", "楼下广场舞音响的声音越来越小了，谢谢你们"),
    # a coal heap that burned last year, workers gone home, an old heart complaint,
    # a fever long ago
    ("*", "邻居家的煤堆去年着过一次，今年让他挪走了"),
    ("*", "昨天镇上那帮坐了一地要工钱的工人都散了"),
    ("*", "我爸心口痛的老毛病，想问问慢病补贴怎么申请"),
    ("*", "孩子以前发烧烧得说胡话，现在想咨询疫苗"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
