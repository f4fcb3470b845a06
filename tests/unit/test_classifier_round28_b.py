"""Round 28 (B): urgency told in the words of hill villages, schools and old town lanes.

Every urgent sentence below was missed by the rules before this round. Urgent: a grave fire or
a burn-off that has caught a whole grassy slope (把整片荒草坡都点了) in a wind; smoke on a far hill
growing thicker with red showing (烟子越来越浓 看到有红的了); smoke in a stairwell or corridor
that chokes and blinds; fire coming out of a kitchen and up the flue; a lorry or van run into a
roadside house or yard; an old person being talked into paying a swindler, the passbook already
out or about to leave for the bank (存折拿出来了, 正要出门, 电话还没挂); a parent drunk and
smashing things while the children hide (躲在卫生间); people on both sides taking up their
tools (扛起家伙); a drug user or a man just out of prison beating his father (打他老汉儿) or
dragging a teacher by the arm; a disturbed man roaring at children through a school gate; a
stranger come over a school wall holding something; a pupil gone out and not back for hours, or
a muddled old person out with the ducks and not back, said in Sichuan speech (莫回来); a railing
loose with pupils leaning on it now; a manhole gone just as school lets out; a burst main
reaching a kindergarten; a heating pipe burst and scalding water running into the lane; stones
or bricks falling now where people still live (下面住了好几户, 里头还住着人); children in a
mine hole that caves in and do not answer (莫答应); a chase after cattle thieves (撵起去);
chest pain said as 心口痛 or 心口绞痛; a diabetic who barely grunts, soaked in sweat; someone not
woken since morning with a purple face; hands and feet gone purple with cold; a sick man out on
an air-conditioner bracket; children playing in a stream something foul has been poured into.

Calm: the same words for last year, for a fear or a plan, for what has been handled (劝开了,
已经回来了, 搬到安置房了, 没上当), for a chronic complaint or a question about benefits, for a
habit (孩子老趴在上面), for cooking fumes up a flue, and for what was on television.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # a burn-off or grave fire that has caught a whole slope, in a wind
    ("fire_safety", "河对面有人烧田坎 把整片荒草坡都点了 风又大"),
    ("*", "村后有人烧荒 把半坡的茅草都点了 风好大"),
    # smoke on a hill getting thicker, red showing
    ("*", "对面山上好像有烟子 越来越浓 看得到有红的了"),
    ("*", "北边山梁上有烟子 越来越黑 看见红的了"),
    # smoke in a stairwell or corridor, choking, can't see
    ("*", "三楼走廊好像有烟 然后呛得慌 看不清是哪家"),
    ("*", "我们宿舍楼梯间好像有烟 好呛啊 要不要出去"),
    # fire coming out of a kitchen and up the flue
    ("*", "那家火锅店后厨有火冒出来 从排烟管那里往上窜 楼上住着人"),
    ("*", "烧腊店厨房有火冒出来 顺着油烟道那块 直往上蹿"),
    # a vehicle run into a roadside house or yard
    ("traffic", "拉煤的大车冲到路边人家屋头去了 不晓得里面有莫得人"),
    ("*", "有辆面包车冲到街边人家院子里去了 不知道里头有没有人"),
    # an old person paying a swindler right now
    ("*", "有人冒充公安给我外婆打电话说账户冻结 她揣着存折正要出门"),
    ("*", "有个陌生人上门说给老人发奖品要先交钱 刘婆婆把存折都拿出来了"),
    # a drunk parent smashing things while the family hides
    ("*", "我爸又喝醉了在摔东西 把电视都砸了 我和我妈躲在卫生间里"),
    ("*", "我爸喝醉了 把电脑砸了 我跟我弟躲在厕所里 能不能来个人"),
    # both sides take up their tools
    ("*", "为抢水的事 两个村几十个人在渠边上对起了 都拿起家伙了"),
    ("*", "张家李家为坟地的事在山上对起了 男的都扛起家伙了"),
    # a drug user or a man just released beating his father, dragging a teacher
    ("*", "村里那个吸毒的又在他家门口打他老汉儿"),
    ("*", "那个刚放出来的在屋里打他老子 邻居都听到了"),
    ("*", "刚放出来那个人在小学门口堵他儿子班主任，拽着人家胳膊不让走"),
    # a disturbed man roaring at children through a school gate
    ("*", "那个疯子又到小学门口了 隔着铁门朝里面吼 孩子们都吓哭了"),
    ("*", "那个脑子有问题的男的又来小学门口 扒着铁门朝里头吼 孩子都吓哭了 老师在拦"),
    # a stranger come over a school wall
    ("*", "小学侧门有个男的翻墙进来了 保安说不认识 手里攥着东西 往教室那边走了"),
    ("*", "中学宿舍后墙有个陌生人翻进来了 保安说不是学校的 手里拿着东西 往宿舍楼走了"),
    # a muddled old person out and not back, in Sichuan speech
    ("*", "我们寨子的吴婆婆有点糊涂 早上去放鸭子到现在莫回来 路又滑"),
    ("*", "我们院的杨奶奶脑子糊涂 上午出去捡柴到现在莫回来 天要黑了"),
    # a railing loose with pupils on it now; a manhole gone as school lets out
    ("*", "教学楼二楼走廊的栏杆松了 一靠就晃 现在一帮学生趴在上面"),
    ("*", "实验小学门口井盖没了 黑洞洞的 马上放学了"),
    ("*", "幼儿园门口人行道井盖丢了 拿个纸箱盖着 马上放学了"),
    # a burst main reaching a kindergarten; a heating pipe burst, scalding water running
    ("*", "新华路水管爆了 水哗哗往外冒 已经漫到幼儿园台阶了"),
    ("*", "小区暖气管子崩了 呼呼冒热气 开水往楼道里流"),
    # falling stones or bricks now where people still live
    ("*", "后坡的土在往下垮 刚才又垮了一块 底下住了好几户 劝不走"),
    ("*", "西头那间土房后墙裂了个大缝 今天早上又掉了好几块砖 底下还住着人呢"),
    ("*", "那栋老楼外墙裂了个大缝 今天早上掉了好些砖 里头还住着人"),
    # children in a mine hole that caves in, not answering
    ("*", "山上那个废矿洞有几个娃儿钻进去耍 里头又垮了点 喊他们名字莫答应"),
    # a chase after thieves
    ("*", "有人在偷牵王大爷家的羊 往河边跑了 我们几个在撵"),
    # chest pain, a diabetic barely answering, not waking, purple with cold
    ("*", "我二姑心口痛得厉害 说不出话 一头汗"),
    ("*", "隔壁刘叔突然说心口绞痛 蹲在地上"),
    ("*", "老陈刚说心脏疼得受不了 脸都白了"),
    ("*", "我爸有糖尿病 刚才叫他好半天才哼一声 浑身是汗"),
    ("*", "我婆婆从昨天晚上就没醒过来 脸色发紫"),
    ("*", "我公公从早上一直没醒 脸都紫了"),
    ("*", "有个老婆婆在桥头坐了一天 冻得脚都紫了"),
    ("*", "有个老爷爷在桥洞底下坐了一天了 冻得手都紫了 问他家在哪说不上来"),
    # a sick man out on an air-conditioner bracket
    ("*", "楼里那个有病的小伙子站到窗户外头空调架上了 六楼 他妈在里头拉不住"),
    # children playing in water something foul has been poured into
    ("*", "村口沟里有人在倒东西 水都变黄了 还冒泡 好刺鼻 几个娃在里面耍水"),
]

CALM = [
    # last year, a fear
    ("*", "去年清明有人上坟烧纸把茅草坡点了 今年能不能早点宣传"),
    ("*", "后山那片坡去年烧过一回 现在草又长高了 怕有人上坟点了"),
    # a chronic complaint, one already seen by a doctor, a question about benefits
    ("*", "张大爷说心口痛是老毛病了 想咨询下慢病报销"),
    ("*", "我爸心口痛了两天 已经去医院了 医生说没大问题"),
    ("*", "冯大爷有糖尿病 想问下慢病补贴怎么申请"),
    # back, found, or somewhere known
    ("*", "吴婆婆早上去放鸭子 到现在莫回来 刚才打电话说在她女儿家吃饭"),
    ("*", "前年有个糊涂老人出去放牛莫回来 后来找到了"),
    ("*", "男孩放学出去玩没回来 家长找了一个钟头 现在已经回来了"),
    ("*", "老伴昨天喝多了 从早上一直没醒 刚才醒了 没事了"),
    # nobody took up tools; a lorry into a house last time
    ("*", "两个村为抢水的事吵过几回 没人拿起家伙 想请村里调解"),
    ("*", "上次有辆大货车冲到路边人家屋头 人没事 那个弯道能不能装个护栏"),
    # a swindle seen through, a talk about swindles
    ("*", "有人冒充社区打电话让我妈转钱 她没上当 提醒大家注意"),
    ("*", "社区搞反诈宣传 说骗子会让老人把存折拿出来"),
    # a quarrel calmed; people moved out; a hole to close; a theft gone
    ("*", "楼下两口子吵架 摔了两个碗 已经劝开了"),
    ("*", "后山那条缝去年掉过石头 下面的三户已经搬到安置房了"),
    ("*", "那个废矿洞孩子们老爱钻进去耍 能不能封一下"),
    ("*", "昨天有人偷了我家两只鸡 没追上 跑远了"),
    # what was, what is feared, a habit, a manhole long open, last winter's burst
    ("*", "那个精神不太好的男的以前在幼儿园门口吼过 现在还在不在管"),
    ("*", "育才中学后墙太矮 担心有人翻进来 建议加高"),
    ("*", "学校走廊栏杆松了 孩子老趴在上面玩 能不能找人修一下"),
    ("*", "井盖丢了好几天了 一直没人修 学生上学都绕着走"),
    ("*", "幼儿园旁边的暖气管去年崩过一次 今年冬天能不能提前检修"),
    # a stream fouled before and cleaned up; cigarette smoke; cooking fumes up a flue
    ("*", "河边那家厂以前往河里倒东西 水都变红了 现在整改好了"),
    ("*", "楼道里有人抽烟 好呛 能不能贴个禁烟标志"),
    ("*", "面馆排烟管那里冒油烟 一直往上窜 熏得楼上没法开窗"),
    # television; an old injury
    ("*", "电视里演的那个着火的场面好吓人"),
    ("*", "我奶奶年轻时在纱厂摔断过腿 现在能不能补办残疾证"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
