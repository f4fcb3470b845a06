"""Round 28 (E): urgent situations told without the textbook danger word.

Every urgent sentence below was missed by the rules before this round. Urgent: a scaffold
or sign that has already tilted or sticks out (歪了, 往外翘, 挂在外面, 一张一合 眼看要飞) with
people
going in and out or traffic passing now (进进出出, 车流很大), a mud wall leaning out with someone
living inside (屋里住着个五保户); water pouring into homes and yards (往院里冲, 过膝盖,
爬到桌子上),
a pipe burst with a column of water or steam (水柱 一人多高, 冒热汽, 路面掀起来); someone not seen
(没露面, 没出门, 人也没见着) behind a door bolted from inside, with no answer to knocks or calls, a
smell, the lunch box untouched; an old person or a child who cannot say where home is (问家在哪
光摇头, 说不出来老家在哪) at dusk or in the cold, a confused old man out all day and not back at
nightfall, a barefoot child running in the street; illness told by signs only (喘得跟拉风箱,
疼得直打滚, 头疼得要炸 看东西重影, 脸色发青, 发烧说胡话 脖子硬 起紫点).

Calm: last year's flood, a pipe already shut off, a tenant or shop owner gone with the rent
or the prepaid cards, an office locked, a neighbour who went to her daughter's, a lost old
woman someone is already staying with, a courier who cannot find an address, a son working
away, a loose sign only feared to fall, a face blue with anger or fright, panting after a
run, childhood pains.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # something already tilting, sticking out or hanging outside, with people passing under it now
    # or someone still living inside
    ("*", "工地脚手架往马路这边歪了 网都撕开了 下面公交站站着好多人等车"),
    ("*", "写字楼十几层有块玻璃裂了往外翘着 楼下是停车场 人进进出出"),
    ("*", "村口那个老土房墙往外斜 这两天又下雨 屋里住着个五保户"),
    ("*", "高架下面的水泥块往下掉渣 刚掉了一块在车道上 车流很大"),
    # water pouring into homes, yards or a kindergarten, knee-deep or a metre deep, a burst main
    # throwing up a column of water or steam
    ("*", "马路中间自来水管爆了 水柱冲起来一人多高 路面都鼓起来了"),
    ("*", "桥洞底下积水得有一米多 一辆公交车开进去了"),
    ("*", "村后的水塘满了 水往外漫 直往人家院里冲"),
    ("*", "地库里的水到车门一半了 还有人下去挪车"),
    ("*", "热力管道破了 井盖缝里往外冒热汽 路上烫得很 小孩在边上"),
    ("*", "工地挖断了大水管 水哗哗往基坑里冲 下面有工人"),
    ("*", "屋里水越来越多 已经过膝盖了 老两口爬到桌子上了"),
    ("*", "路上的水冲得人站不住 一个骑电动车的被冲倒了"),
    ("*", "楼顶水箱裂了 水哗哗从楼顶往下泼 楼道里全是水"),
    ("*", "自来水主管爆了 路面掀起来一大块 水冲到旁边的幼儿园里"),
    # someone not seen for a day or more: door bolted from inside, milk or lunch box untouched, no
    # answer to knocking or calls, a smell
    ("*", "工地上有个工人昨晚说去宿舍睡觉 今天一天没露面 宿舍门从里面反锁了"),
    ("*", "对门的老太太平时天天买菜 今天早上到现在没出门 门缝里电视响着"),
    ("*", "出租屋里住着个小伙子 三天没出门了 房东敲门不开 屋里有味"),
    ("*", "刚才送饭的志愿者说 刘大爷家门锁着 叫了半天里面没声"),
    ("*", "楼下那家门口的垃圾好几天没扔了 都臭了 人也没见着"),
    ("*", "宿舍里一个员工早上没来上班 手机关机 门敲不开"),
    ("*", "五保户老刘家 院门从里头闩着 喊了好久不答话"),
    ("*", "隔壁阿婆的狗一直在屋里叫 叫了一整天 阿婆不开门"),
    ("*", "我爸血压高 自己住 打了十几个电话都没接 我在外地"),
    ("*", "保安说地下室那间住的老李两天没出来了 门口的饭盒原封不动"),
    ("*", "养殖场看场子的老汉这两天没人见着 棚门关着 狗饿得直叫"),
    ("*", "网格里独居的吴老师 今天没去晨练 家里座机一直响没人接"),
    ("*", "我敲了半天 屋里电视开着声音很大 就是没人出来 这老爷子平时耳朵不背"),
    # a confused old person or a child out at dusk, in the cold, by water or roads, who cannot say
    # where home is or has not come back
    ("*", "一个老奶奶在桥头转了半天 问她家在哪说不清楚 穿得很少"),
    ("*", "超市门口坐着个老头 问啥都答不上来 只说要找他儿子 天快黑了"),
    ("*", "一个小女孩在马路中间走来走去 没大人跟着 车很多"),
    ("*", "有个老太太穿着拖鞋在高速路边上走 问她去哪也不说"),
    ("*", "我婆婆记性不好 去菜场买菜三个钟头了 手机在家里"),
    ("*", "下大雪了 有个老头在广场上转圈 穿着单衣 问他家在哪儿他光摇头"),
    ("*", "有个老人在铁路边上走 说要回老家 说不出来老家在哪"),
    ("*", "有个男孩光着脚在大街上跑 哭着喊妈 大概四五岁"),
    ("*", "村里的傻二爷出去了一整天 夜里降温 还没回来"),
    ("*", "糊涂了的李婆婆又出门了 往河堤那边走的 家里人追不上"),
    ("*", "有个老大爷在立交桥下面推着个车转 问他哪里人说不上来 晚上零下"),
    ("*", "一个老奶奶在派出所门口哭 说不知道自己家在哪"),
    ("*", "智力有点问题的小伙子早上出门 晚上没回 他妈急得不行"),
    # sudden illness told by its signs: breathing like a bellows, rolling with pain, a head about
    # to burst, double vision, a face turning blue, fever with a stiff neck or purple spots
    ("*", "老头喘得跟拉风箱一样 脸色都变了"),
    ("*", "路边有个人蜷着 肚子疼得直打滚 脸上全是汗"),
    ("*", "那个大爷说头疼得要炸开 吐了两次 眼睛看东西重影"),
    ("*", "厂里有个女工突然手脚发麻 喘得很急 脸色发青"),
    ("*", "小孩发高烧 脖子硬 身上起了好多紫点点"),
]

CALM = [
    ("*", "去年那堵围墙往外鼓 当时屋里住着个老人 后来已经拆掉了"),
    ("*", "空调外机架子歪了 怕掉下来 下面平时人来人往的 请物业看看"),
    ("*", "广告牌已经绑好了 之前歪着挂的时候底下人来人往"),
    ("*", "脚手架歪了 已经拉了警戒线 下面没人走"),
    ("*", "玻璃往外翘着 风一吹就晃 下面是停车场 天天有人进进出出 麻烦安排人加固"),
    ("*", "牙松了 歪着 吃饭疼 住着个诊所在楼下吗"),
    ("*", "上次暴雨水往屋里冲 今年提前备了沙袋"),
    ("*", "雨停了 积水已经退了 院里冲得干干净净"),
    ("*", "洗车店的水往路上冲 弄得一地泥 能不能管管"),
    ("*", "拖把的水往家里冲 楼上邻居洗地 弄湿了我家门口"),
    ("*", "去年发大水 水过膝盖 那时候老两口爬到桌子上 今年好了"),
    ("*", "浇花的水冲到楼下了 邻居有意见"),
    ("*", "楼下水管爆了 已经关了阀门 师傅明天来修"),
    ("*", "去年自来水管爆了 水柱一人多高 后来修好了"),
    ("*", "暖气管怕冻裂了 问问冬天要不要放水 会不会往外喷热水"),
    ("*", "张奶奶几天没露面 打电话她女儿说去女儿家住了"),
    ("*", "老李一天没露面 电话不接 后来联系上了 在医院陪床"),
    ("*", "租户一个月没露面 房租也不交 电话不接"),
    ("*", "那个店好几天没开门了 会员卡里还有钱 老板电话打不通"),
    ("*", "物业办公室门锁着 电话没人接 投诉也没人管"),
    ("*", "保洁几天没来 垃圾都臭了 人也没见着 环卫什么时候来清运"),
    ("*", "社区矫正的那个人这周没来报到 电话关机"),
    ("*", "独居的陈伯回老家了 门口的牛奶没拿 已经跟送奶的说停了"),
    ("*", "敲了半天门 没人开 原来他出差了 找到了"),
    ("*", "门从里面反锁了 我钥匙在屋里 开锁师傅来了"),
    ("*", "王阿姨自己住 一上午没出门 电话没人接 可能在公园跳舞"),
    ("*", "老人前几天在路口问家在哪说不清 已经送回家了"),
    ("*", "一个老太太在路边问她家在哪 说不清 我先陪着她 在联系家属"),
    ("*", "外地租户问他住哪也说不清 暂住登记没办"),
    ("*", "快递员问地址说不清 天黑了 送不了件"),
    ("*", "孩子放学没回家 去同学家写作业了 已经联系上"),
    ("*", "儿子打工过年没回来 晚上打电话哭"),
    ("*", "我家孩子晚上没回来 在网吧打游戏 找到了"),
    ("*", "小孩光着脚在沙滩上跑 家长在旁边"),
    ("*", "宣传防走失 提醒家里有糊涂老人的 天黑前要接回来"),
    ("*", "孩子发烧了 有点说胡话 已经去医院了 烧退了"),
    ("*", "上次发高烧说胡话 这次还好"),
    ("*", "气得脸色发青 跟邻居吵了一架"),
    ("*", "吓得脸色发青 差点被车撞 没事"),
    ("*", "跑完步喘得很急 歇一会就好了"),
    ("*", "看东西有重影 是不是要配眼镜 想咨询一下"),
    ("*", "小时候肚子疼得直打滚 现在好了 想问问体检"),
    ("*", "头疼得要炸 楼上装修太吵了 天天这样"),
    ("*", "那个拉风箱的老铁匠铺子要拆了"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
