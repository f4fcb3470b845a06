"""Round 15 (d): field vocabulary of 治安, 信访维稳, 特殊人群 and 民生服务 as workers and residents
actually phrase it (phone typing, slang, euphemism), and calm look-alikes that must stay calm."""

import pytest

from tests.unit.street_classifier import assert_told

# Theft and burglary signs, scams, gambling, vice, suspicious strangers and fights told by
# what is done
POLICE_CASES = [
    ("5单元好几家的锁眼都被人塞了牙签，怕是有人在试探", False),
    ("我家锁孔被人灌了胶水，钥匙插不进去", False),
    ("地铁口有个人正在掏一个姑娘的背包", True),
    ("有人在菜场门口收银行卡，一张给三百，好多老人去卖", False),
    ("村里有人帮人跑分，说躺着赚钱", False),
    ("后面那栋平房里每天晚上有人开场子，门口还有人望风", False),
    ("那个美容院从来不剪头，晚上老有男的进去", False),
    ("车库里我的车轮胎被卸了两个，车用砖头垫着", False),
    ("电动车的车牌被人摘走了", False),
    ("小卖部有个小孩把糖藏衣服里没结账就走了", False),
    ("夜里有人翻墙", False),
    ("有个男的勒着一个女的脖子往巷子里拖", True),
    ("有个醉汉开着车在小区里乱撞人", True),
    ("有人在饭店门口捅人了", True),
    ("有人在学校附近收学生的微信号，一个给五十", False),
    ("有人找大学生出借账户，帮人取现拿提成", False),
    ("那家人放狗咬人，一个小孩被咬了", True),
    ("听说他儿子沾上毒了，家里钱都被他拿走了", False),
    ("快递驿站的货架上有人顺手拿走了别人的包裹", False),
    ("有个男的在电梯里摸一个女孩", False),
    ("有人拉我表哥去外地搞传消", False),
    ("那个洗脚店晚上好像有卖银的", False),
    ("有两个外地口音的人拿着小本子挨家记门牌号", False),
    ("有个女的假装肚子疼敲门借厕所，进来就到处看", False),
    ("有人在朋友圈发广告卖“迷药”“听话水”", False),
    ("有人拉着老人炒“原始股”，说明年上市翻十倍", False),
    ("有人冒充街道办的，说给老人发补贴，要身份证和银行卡", False),
    ("最近有个人骑着电动车在小区里晃，拿着手机到处拍单元门", False),
    ("出租屋里几个年轻人白天睡觉晚上出去，屋里好多手机和电话卡", False),
    ("我的电瓶车充电器被人剪了线拿走了", False),
    ("小区地库好几辆车的后视镜被人掰了", False),
    ("菜市场有人用假的五十块买菜，好几个摊主都收到了", False),
    ("有个老人被人哄着买了三万块的玉石，说能升值", False),
    ("小区门口有人摆摊算卦，说老人有血光之灾要花钱化解", False),
    ("出租房里住的几个男的天天夜里出去，白天拎着好多电瓶回来", False),
    ("河边老有几个人蹲着，地上扔着好多针筒", False),
    ("两个外卖小哥在路口互相推搡，一个抄起头盔往对方头上砸", True),
    ("有人晚上偷偷在地里挖电缆", False),
    ("有人把共享单车的锁撬了骑走了", False),
    ("有个人一直往我家邮箱里塞恐吓信", False),
    ("有人说能帮忙办低保，先交两千块好处费", False),
    ("烧烤摊那边有人在削人，一个被按在地上", True),
    ("有个醉鬼在店里见人就给一个大嘴巴子", True),
    ("我放在门口的快递不翼而飞，已经丢了好几回了", False),
    ("KTV里有陪酒女，还搞有偿陪侍", False),
    ("巷子里那几家洗头妹晚上站门口招手", False),
    ("有个人贼眉鼠眼的在停车场里转，挨个扒车窗往里看", False),
    ("小区门口两个人把一个女孩逼到墙角，手里好像拿着东西", True),
    ("有个人在我家门口鼓捣锁，看我出来就走了", False),
    ("有个男的在学校门口拉学生加微信，说带他们赚钱", False),
    ("后山那间屋子里有人聚堵，白天黑夜都有人", False),
    ("我爸被人哄着去听保健品讲座，被骗了两万多", False),
    ("有人从楼上往下扔石头，把停在下面的车砸了个坑", True),
    ("有人假装抄表进了老人家里，出来后老人的钱包就没了", False),
    ("有个男的拿着女生的私密照在群里要挟她", False),
    ("楼下有个男的拎着锤子在砸门，嘴里骂骂咧咧", True),
    ("有人在街上卖假手表，专门骗外地人", False),
    ("有人开着面包车在村里收狗，晚上狗就少了", False),
    ("有个男的在楼道里对着小女孩脱裤子", False),
    ("夜市有人卖假名牌包，专门骗游客", False),
]


@pytest.mark.parametrize(("text", "is_urgent"), POLICE_CASES)
def test_police_field_words(text: str, is_urgent: bool) -> None:
    assert_told(text, "public_security", is_urgent)


# Groups planning or holding a petition, sit-in or protest (planned online or next week stays calm)
PETITION_CASES = [
    ("听说有人要写血书去省委", False),
    ("有人说敏感时期要去天安门", False),
    ("理财公司的投资人说要联合起来，老板跑路了", False),
    ("居民不同意在旁边建垃圾焚烧厂，在群里征集签名", False),
    ("二十多个居民站在工地门口不让建基站", True),
    ("有几个人说要找书记，情绪有点大", False),
    ("有人带着一帮村民把征地的施工队拦下了，不让动土", True),
    ("老周在抖音直播说要去北京讨说法，下面好多人留言支持", False),
    ("有个人说再不赔钱就带着全家去北京", False),
    ("群里有人说周末集体去住建局反映烂尾楼问题", False),
    ("有人在业主群里煽动大家周一一起去市政府", False),
    ("四十来个家长把早教中心围了，老板卷钱跑了要退学费", True),
    ("五十多个村民在村委会门口，要求公开账目", True),
    ("三十多个储户在信用社门口，存款取不出来", True),
    ("有个老太太天天来社区闹，说要去信仿局", False),
    ("业主们准备在小区挂横幅抗议物业", False),
    ("有人在网上发视频说要找记者曝光我们街道", False),
    ("有个大妈抱着材料天天在街道门口等领导", False),
    ("敏感期快到了，那几个老访户要盯紧一点", False),
    ("几个老党员说分房不公，要去区里反映", False),
    ("村里有几个人煽风点火，说要去县里闹", False),
    ("那几个人在村里煽风点火，到处挑唆别人去政府闹", False),
]


@pytest.mark.parametrize(("text", "is_urgent"), PETITION_CASES)
def test_petition_field_words(text: str, is_urgent: bool) -> None:
    assert_told(text, "petition", is_urgent)


# Released prisoners, community correction, drug users under supervision, mental patients
# off medication, in field words
SPECIAL_CASES = [
    ("老王儿子原来在精神卫生中心住过，这两天又开始神神叨叨", False),
    ("刚从号子里出来的那个人在村口晃", False),
    ("那个瘾君子最近又开始吸了，家里东西都卖光了", False),
    ("隔壁那个人把药扔了，说有人监视他", False),
    ("那个女的说有人下毒，天天把饭倒掉", False),
    ("那个保外就医的人这几天不在家", False),
    ("吃美沙酮的那个人这周没去服药点", False),
    ("那个人最近言行异常，老对着墙说话", False),
    ("他儿子有精神并，好几天没出门", False),
    ("行满释放的那个人回来了", False),
    ("那个脑子有点问题的大哥总是跟着人说话，吓到小孩了", False),
    ("那个疯大姐又在菜市场骂人，还吐口水", False),
    ("刚释放的那个强奸犯回村了，大家都很害怕", False),
    ("有个以前蹲过号子的人最近在村里放高利贷", False),
    ("吸毒那人他妈说他最近又瘦又不睡觉", False),
    ("他以前吸过，现在又跟以前那帮人来往了", False),
    ("在司法所挂着的那个人想去外省打工，问要办什么手续", False),
    ("楼下那个男的半夜对着空气说话，邻居都不敢出门", False),
    ("那个双相情感障碍的小伙子最近又不睡觉了", False),
    ("他妈说他一直在吃氯氮平，这几天偷偷不吃了", False),
    ("那个女的又发癫了，在楼道里脱衣服", False),
    ("刚从大牢出来的那个，说要找当年的人算账", False),
    ("那个吃药的小伙子好几天没出门了，他妈也不在", False),
    ("那个精神不太对的姑娘又在阳台上喊", False),
    ("五楼那个人精神不太对，老敲别人家门", False),
]


@pytest.mark.parametrize(("text", "is_urgent"), SPECIAL_CASES)
def test_special_field_words(text: str, is_urgent: bool) -> None:
    assert_told(text, "special_groups", is_urgent)


# Elderly, disabled, poor households and children needing help, in everyday words
LIVELIHOOD_CASES = [
    ("老人不会用智能手机，养老金认证弄不了", False),
    ("这家就老两口，家里灯坏了一直摸黑过", False),
    ("这户是脱贫户，男的得了重病，家里没有经济来源", False),
    ("楼上的老爷子最近老糊涂了，连儿子都认不得了", False),
    ("医生说老人是阿尔茨海默，家里人白天上班没人看", False),
    ("这家日子过得紧巴巴的，吃了上顿没下顿", False),
    ("有没有志愿者能陪我妈去医院拿药", False),
    ("老人的马桶堵了，自己通不了", False),
    ("有个小孩放学后一直在小区里晃，说家里没人，钥匙丢了", True),
    ("村里的流守儿童放假没人管", False),
    ("那两个娃娃的妈妈跑了，爸爸在外地，家里就一个老奶奶", False),
    ("有个初中生的家里没人管，天天在网吧过夜", False),
    ("隔壁老奶奶眼睛看不见了，家里没人", False),
    ("老人家里的煤气不会用，想找人教一下", False),
    ("有户人家娃娃得了白血病，到处借钱", False),
    ("老人的养老金卡密码忘了取不了钱", False),
    ("有个女的带着孩子无处可去，被老公赶出来了", False),
    ("八十多岁的老爷子家里的水管漏了，自己弄不了", False),
    ("他们一家五口挤在十平米的屋里，想申请公租房", False),
    ("俺娘一个人在老家，腿脚不中了，想找个人照应", False),
    ("屋头老汉瘫起了，娃儿又在外头打工", False),
    ("隔壁阿婆屋里头停电好几天了，她自己不晓得咋个弄", False),
    ("一个妇女带着生病的孩子，到处借钱看病", False),
    ("他家老头瘫起好几年了，儿子在外头打工", False),
    ("老人家里的热水器坏了，她自己不会弄", False),
    ("她家男人得了癌症，到处借钱看病", False),
]


@pytest.mark.parametrize(("text", "is_urgent"), LIVELIHOOD_CASES)
def test_livelihood_field_words(text: str, is_urgent: bool) -> None:
    assert_told(text, "livelihood", is_urgent)
