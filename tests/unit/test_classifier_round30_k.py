"""Round 30 (K): urgent municipal-facility danger said without the textbook word.

Every urgent sentence below was missed before this round, on urgency or on its category
(called safety, traffic, environment or livelihood). Urgent: someone half in an open manhole,
drain or hole (半个身子在下面, 一条腿卡在铁条里), people and vehicles going in one after another
(一个接一个往里栽, 连人带车下去了), a voice-input 调下去 for 掉下去; a road, pavement or bridge
deck sinking, bulging, hollow or broken now (往下走, 往下坐, 下面是空的, 错开, 悬空) with people,
stalls or cars still on it; an underpass, tunnel or garage filling (到胸口, 只剩车顶, 过了车轮,
水还在涨) with people or cars still inside or driving in; a street-light or signal pole leaning,
swaying or with its base broken over queues, stalls, pupils and traffic; a railing gone with a
crowd pressing at the gap or someone going through it; a bridge broken with people on it;
water or sewage pushing into homes and rooms (门都顶不住, 过了脚面往卧室走, 往巷子里冲);
a tree falling toward homes or lying unlit across a fast road with cars hitting it.

Calm: the same words past, handled, feared or asked about (填平了, 拉了警戒线, 暂时还立着, 怕,
担心), a pole that is only crooked or unlit, a railing that is loose or whole, a smell from a
drain with no water indoors, a drill, and figurative uses (股市往下走, 整个人往下一沉).
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # a person or a vehicle in an open manhole, drain or hole, half in, one leg stuck
    (
        "municipal_facility",
        "幸福路菜场门口那个窨井口敞着，刚才一个送菜的大爷一脚踩下去，半个身子在下面，两个人正拽他",
    ),
    ("municipal_facility", "刚才一个外卖小哥骑过去，前轮扎进没盖的井口，人飞出去趴在路中间不动"),
    ("municipal_facility", "雨水井里水往外喷，把盖子顶飞了，旁边一个小孩被冲到井口边上"),
    ("municipal_facility", "井改没有了，有个小孩掉下去了，在下面哭，我够不着他"),
    ("municipal_facility", "路面踏了个大洞，就是塌，一辆摩的连人带车下去了，人在下面"),
    ("municipal_facility", "这个井有个男的掉进去了，就是那个污水井，里面有味，人在下面不吭声了"),
    (
        "municipal_facility",
        "菜市场门口的下水井往上喷粪水，整个市场地面都是，往摊位后面卖菜的人住的棚子里灌",
    ),
    (
        "municipal_facility",
        "县城老街的地下排洪渠盖板塌了，一个挑担子的老人连人带担子掉进渠里，渠里水急",
    ),
    (
        "municipal_facility",
        "自来水总阀那个井里在往上冒水，井盖已经顶开了，路过的电动车一个接一个往里栽",
    ),
    ("municipal_facility", "井该没有了有个小孩调下去了在里面哭"),
    (
        "municipal_facility",
        "步行街中间那块地砖下面空了 一个胖大叔踩上去整个人往下一沉 下半身在洞里",
    ),
    ("municipal_facility", "村口那口老井的盖板烂了 一个小孩站上去就掉下去了 井里有水"),
    ("municipal_facility", "学校门口排水沟的盖子被车压碎了 放学一个小朋友掉进沟里 只露出头"),
    ("municipal_facility", "雨水井往外涌水 井盖被冲到一边 一个骑自行车的小孩连人带车扎进去"),
    (
        "municipal_facility",
        "巷口窨井没盖子 里面水满到井口了 看着就是一滩水 刚刚一个送外卖的连人带车扎进去了",
    ),
    # an underpass, tunnel or garage filling, cars and people still inside or driving in
    ("municipal_facility", "地道里水涨得很快，有个骑电动车的推着车在水里走，水到他胸口了"),
    (
        "municipal_facility",
        "桥洞下面水一米多，还有车子不信邪往里冲，刚冲进去一辆就熄在那了，人没出来",
    ),
    ("municipal_facility", "隧道口积水往里倒灌，里面堵着十几辆车，水在往上涨"),
    (
        "municipal_facility",
        "喂喂，听得见吗，桥洞底下那辆公交车熄火了，水漫到座位了，车上还有十几个乘客",
    ),
    ("municipal_facility", "保安报：地库入口挡水板被冲开，雨水往负二层灌，负二层还有人在找车"),
    (
        "municipal_facility",
        "雨下太大，路口那个桥涵里一辆小货车熄在水中间，司机爬到货箱上，水还在涨",
    ),
    (
        "municipal_facility",
        "下穿桥的水淹到后视镜了，有个车还在往里开，前面那辆已经漂着了，车里的人在往外爬",
    ),
    (
        "municipal_facility",
        "高架下面那个灯杆被风吹得来回摆，根上焊口开了，下面停满了接孩子的电动车",
    ),
    (
        "municipal_facility",
        "那个下穿道里现在全是水 看不到路面 一辆公交车开进去停在中间 乘客站在座位上",
    ),
    ("municipal_facility", "那个涵洞水漫到红绿灯底下了 有辆轿车还在往里开 前面一辆已经只剩车顶"),
    ("municipal_facility", "下沉广场变成了池子 负一层的商铺里还有员工在往外搬东西 水已经齐胸"),
    ("municipal_facility", "下穿隧道里有辆网约车停在最低的地方 水漫过车窗一半了 里面的乘客在拍窗"),
    ("municipal_facility", "暴雨 桥涵里积水越来越深 有辆大巴熄在里面 车上坐满了人"),
    ("municipal_facility", "下穿隧道口的水涨到红灯那里了 交警还没到 后面的车还一个劲往里开"),
    # a street-light or signal pole leaning, swaying, its base broken, people and traffic below
    (
        "municipal_facility",
        "刚才大车把路灯杆挂了一下，现在灯杆斜着搭在公交站棚上，站棚里挤着等车的人",
    ),
    (
        "municipal_facility",
        "台风刮得那根路灯杆吱吱嘎嘎响，往人行道那边歪，底下是一排小吃摊，摊主还在卖",
    ),
    ("municipal_facility", "十字路口红绿灯杆子被撞得歪着，上面的信号灯悬着晃，路口还在过人"),
    (
        "municipal_facility",
        "夜里巡逻，光华路与中山路交口路灯杆倾斜约三十度，底座断裂，随时可能倒向机动车道，车流未断",
    ),
    ("municipal_facility", "路边一根灯柱底座锈没了 歪在那里 一碰就晃 底下正好是公交站 排着队的人"),
    (
        "municipal_facility",
        "街边那根路灯杆被货车刮歪 灯头耷拉下来垂到半空 一晃一晃 下面是电动车道",
    ),
    ("municipal_facility", "地下通道里灯杆的线掉在水里 有人蹚水过去 走到一半身子一抖倒下了"),
    ("municipal_facility", "一根路灯柱斜靠在居民楼阳台上 随时要滑下来 楼下小孩在玩滑板"),
    (
        "municipal_facility",
        "西门外那根路灯杆子锈透了 整根往菜市场那边斜 风一吹就吱呀响 底下全是买菜的人",
    ),
    (
        "municipal_facility",
        "十字路口那根红绿灯杆让渣土车挂倒了 斜着压在斑马线上方 过马路的人还在从下面钻",
    ),
    # a railing gone with people pressing at the gap; a bridge broken with people on it
    (
        "municipal_facility",
        "河边护栏断了一大截，今天元宵看灯的人挤着往河边靠，前面的人被后面的往外挤",
    ),
    ("municipal_facility", "人行天桥上栏杆少了一段，一个小孩从缺口掉到下面桥下的绿化带上，没动"),
    (
        "municipal_facility",
        "大桥伸缩缝那里断开了，桥面错开一大截，车还在往上开，前面的车已经顿了一下",
    ),
    ("municipal_facility", "广场那个景观池的栏杆断了，过年放烟花的人挤在那边看，人都贴着断口站着"),
    ("municipal_facility", "古桥上的石栏杆掉了两根 桥上挤满看龙舟的人 后面的人还在往前挤"),
    ("municipal_facility", "大坝上的栏杆断了 一个骑车的冲下去 挂在坡上的树枝上 下面就是水"),
    ("municipal_facility", "桥栏干断了有人掉到河里了"),
    ("municipal_facility", "人行桥的栏杆缺了一根 一个小孩钻出去站在桥外边的沿上 大人够不着"),
    ("municipal_facility", "老街那座石板桥中间断了 一个挑担的老人站在断口边上 前后都不敢走"),
    ("municipal_facility", "桥墩被洪水冲歪了 桥身往下游方向歪 桥上还有一辆三轮车在往对面骑"),
    # a road or pavement sinking, bulging or hollow under people, stalls and cars
    (
        "municipal_facility",
        "兴华路上路面往下沉，一个坑越来越大，边上停的小车前轮已经悬着了，车里还坐着人",
    ),
    ("municipal_facility", "工地边上那段人行道整片往下走，地砖一块块往坑里掉，行人还在从上面走"),
    (
        "municipal_facility",
        "那个坑下午还是脸盆大，现在有一间房那么大了，边上就是早点摊，人还在吃早饭",
    ),
    ("municipal_facility", "路面下面被水掏空了，沥青一压就往下走，公交车刚过去一辆，下一辆马上到"),
    (
        "municipal_facility",
        "工业园那段路面沉下去了，一辆满载的渣土车后轮陷进去，车在往一边倒，司机还在驾驶室",
    ),
    ("*", "街口地面往上拱，柏油裂开一条一条，下面哗哗响，卖早点的老板说脚底下在抖"),
    ("*", "下了暴雨，村里那条路垮了一半，校车停在剩下那一半上，车轮子在边沿上"),
    (
        "municipal_facility",
        "老师傅你快让人来看看，这路面在往下走，我店门口的台阶已经悬空了，客人还在里面吃饭",
    ),
    (
        "*",
        "夜里十一点，滨江大道一棵大树倒在路中间，没灯没警示，已经有两辆车撞上去，后面的车还在开过来",
    ),
    (
        "municipal_facility",
        "我们楼下马路上水管爆了，水往我们一楼住户家门里冲，门都顶不住了，屋里有老人",
    ),
    (
        "municipal_facility",
        "我跟你说那个路当中间的坑 下面是空的 一个送奶的三轮车后轱辘悬在上面 人不敢动",
    ),
    ("*", "我们门口那条路咔嚓一下往下坐了 边上两个摆摊的连摊子一起歪进去了"),
    ("*", "路面下去了一大截 像个锅底 越来越深 有辆白色小车停在锅底边上 车主在车里打电话"),
    ("municipal_facility", "早上菜场门口的路拱起来了 下面水哗哗响 买菜的人还在上面走 一踩就晃"),
    (
        "municipal_facility",
        "施工队把路挖开后没填 雨一泡 路边往坑里滑 坑边上那排平房的墙根都露出来了 里面有住户",
    ),
    (
        "municipal_facility",
        "自来水管子在路底下裂了 地面鼓包 水从缝里往上顶 旁边幼儿园的小朋友正在排队出门",
    ),
    (
        "municipal_facility",
        "十字路口东边的路面像被挖走一块 一个黑洞 边上还在一块块往下掉 早高峰车一辆挨一辆",
    ),
    ("*", "主干道塌出一个圆坑 一辆电动车前轮悬着 骑车的人不敢动"),
    ("*", "村委会门前那条水泥路被洪水掏空 悬着一截 一辆拖拉机正开到悬空的那截上"),
    (
        "municipal_facility",
        "路中间那个给水主管爆了 水像瀑布一样往旁边城中村的巷子里冲 巷子里都是低矮的出租屋",
    ),
    (
        "municipal_facility",
        "路面突然鼓起来又裂开 下面的热水管往外喷热水 冒着白汽 几个路人被溅到了 还有人往那边走",
    ),
    ("municipal_facility", "雨水把路基冲出一个大洞 公交站台一半悬空了 站台上还站着等车的人"),
    (
        "municipal_facility",
        "县医院门口路面沉下去半米 救护车进不来 担架只能从坑边抬 病人家属都在坑边上",
    ),
    # water, sewage or rain pushing into homes where people are
    (
        "municipal_facility",
        "楼下商户说马桶里往上喷黑水，喷得满屋都是，水还越来越多，人都站在门口不敢进",
    ),
    (
        "municipal_facility",
        "跟你说个急事，城中村那个巷子下水道往外冒黑水，冒到人家屋里一尺深，有个月子里的媳妇在里面",
    ),
    ("municipal_facility", "老街那个排污管爆了，污水喷了一地，往沿街一楼住户里灌，住的都是老人"),
    ("municipal_facility", "楼下管道返上来的水过了脚面 往卧室走 老头子拄拐的 走不出来"),
    (
        "municipal_facility",
        "地下通道里的水漫到扶手那么高了 还有两个老人扶着墙往里走 喊他们也不回头",
    ),
    # trees falling onto houses and roads
    ("*", "一棵大树在风里往楼那边倒 根已经拱出来了 树底下是一排平房 里面有人住"),
]

CALM = [
    ("*", "上个月那段路面往下沉，已经填平了，现在车照常走"),
    ("*", "去年路面塌过一个坑，后来补好了，今天去看没问题"),
    ("*", "担心学校门口那根路灯杆会倒，看着有点斜，能不能派人看看"),
    ("*", "路灯杆子有点歪，灯也不亮了，底下是停车场，麻烦修一下"),
    ("*", "小区门口那根灯杆斜着，暂时还立着，麻烦有空来扶正"),
    ("*", "路灯杆被车撞歪了，已经拉了警戒线，下面不让人过了"),
    ("*", "前天那个灯柱晃得厉害，今天市政来加固了，现在稳了"),
    ("*", "下穿通道昨天积水到车窗，今天水退了，就是地上一层泥"),
    ("*", "地道积水已经抽干了，车辆正常通行"),
    ("*", "桥洞下面前两天淹过，有辆车熄在里面，早就拖走了"),
    ("*", "隧道口的积水封闭了，交警在路口拦住了，没人进去"),
    ("*", "井盖缺了个角，踩上去晃，怕有人掉下去，赶紧修修"),
    ("*", "井口用锥桶围起来了，没人往里走，等市政来换盖子"),
    ("*", "那个井该，井盖，有点松，车一压就响"),
    ("*", "去年下水道反水到屋里过一回，今年疏通了，没再返"),
    ("*", "下水道反味，一楼臭得开不了窗，家里倒是没进水"),
    ("*", "地漏有点返水，拿毛巾堵着了，屋里没事"),
    ("*", "河边护栏松了好几根，小孩老趴在上面，怕出事，能不能换一下"),
    ("*", "桥上的栏杆断了一截，已经拉了警戒，绕着走就行"),
    ("*", "元宵看灯的人挤着往前走，栏杆都好好的，秩序挺好"),
    ("*", "栏杆缺口那里已经用铁丝网封上了"),
    ("*", "大桥伸缩缝有点错开，车过去咯噔响，麻烦检修"),
    ("*", "石板桥中间裂开了，前几天的事，现在修好了"),
    ("*", "大树有点往房子那边歪，根翘起来了，怕台风天倒，砍掉吧"),
    ("*", "昨晚大树倒在路中间，已经挪走了，没挡路了"),
    ("*", "树横在路上，我们放了锥桶，晚上有灯，车都绕开了"),
    ("*", "连人带车栽进沟里那个事是上周的，人早出院了"),
    ("*", "老板说股市天天往下走，跟坐过山车似的"),
    ("*", "这几天房价往下走，买房的都在观望"),
    ("*", "他整个人往下一沉，睡着了，别吵他"),
    ("*", "我一条腿踩下去才发现是个水坑，鞋湿了，那个坑要补"),
    ("*", "路面有个小坑，电动车过去颠一下，不是很急"),
    ("*", "公交站那边地砖拱起来一块，容易绊脚，修一下"),
    ("*", "路面鼓起来一个包，里面可能有水管漏水，车还能过，明天来看看"),
    ("*", "那个下穿道全是水的时候我就没敢开进去，绕路了"),
    ("*", "电线掉在水里那是昨天，供电所已经断电了"),
    ("*", "通道的灯线露出来了，没泡水，麻烦处理"),
    ("*", "刚才路过看到一个人蹚水过去，那片积水就到脚面，没事"),
    ("*", "手机掉进下水井里了，能不能帮忙捞"),
    ("*", "狗掉进排水沟了，主人已经拉上来了"),
    ("*", "那个商场门口灯柱一闪一闪的，晃得眼睛疼"),
    ("*", "水往院子里冲那是去年发大水的时候，现在早没事了"),
    ("*", "楼下有人洗车，水往家门口流，跟他说了一声就好了"),
    ("*", "看新闻说外地有个下穿隧道淹了车，我们这里的隧道排水怎么样"),
    ("*", "演练：模拟下穿通道积水，车辆被困，救援队演习"),
    ("*", "车窗一半都是泥，洗车的说要加钱"),
    ("*", "他说桥上挤满了看龙舟的人，场面挺热闹，没出事"),
    ("*", "井盖被车压翻的事上个礼拜就处理了"),
    ("*", "路面往下落的那一块已经围起来了 交警在指挥绕行"),
    ("*", "昨天下穿通道积水到车窗 今天水退了 车都拖走了"),
    ("*", "路灯杆有点斜 下面是草坪 没什么人 有空修一下"),
    ("*", "栏杆断了一截 拉了警戒线 等着换新的"),
    ("*", "老桥的桥板有点烂 怕哪天断了 能不能换"),
    ("*", "去年下大雨水进过一楼 今年排水沟疏通了"),
    ("*", "城中村那条巷子一下雨就积水 不深 就是出门不方便"),
    ("*", "地下车库入口下雨时有点往下流水 挡水板放好了 没进去"),
    ("*", "看灯会的人多 河边栏杆都加固过了 有人在维持秩序"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
