"""Round 32 (q): people whose state tells of danger now, said by what is seen or heard and not
by 晕倒, 受伤 or 昏迷, and the category a clerk would give them.

Every urgent sentence below was missed before this round (calm, or urgent under the wrong
category). Stroke signs said of one side of the body (一只手没劲, 右手抬不起来, 半边脸不会动),
a crooked mouth or slurred speech together with another sign or said to be sudden (嘴有点歪,
说话说不清, 大舌头); a body sinking to one side that cannot be held up (往一边倒, 扶都扶不住); a
voice from a locked home or on the phone growing fainter (声音越来越小, 声音特别小, 我不行了);
lips turning blue, breathing growing slow, someone who cannot be shaken awake (嘴唇发青,
呼吸越来越慢, 推都推不醒, 叫不起来); a child alone at home burning with fever for days or too
weak to cry; old people in a home without power or heat, ice-cold, shaking, without feeling
in their legs (livelihood). A crash and then someone holding their head, rolling on the
ground, dazed or silent, or a person pinned between a car and a wall (traffic). Someone pricked
by a discarded needle or syringe (environment). Smoke or fumes that make someone cough until
they vomit.

Calm: the same signs past or lasting (以前, 后遗症, 上周, 一直这样), handled or checked
(检查没事, 已经退烧了, 已经赔了), asked about (能不能申请, 问问), or with a harmless cause
(麻将, 肩周炎, 喝多了, 装修, 赖床, 打针, 炒辣椒).
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("livelihood", "楼下王婆婆坐在楼梯口 一只手一直抖 另一只手没劲 问她住哪她说不清楚"),
    ("livelihood", "残疾的李阿姨家里没电没暖气三天了 屋里零下 她说腿已经没知觉了"),
    ("livelihood", "独居的老周打电话给我 声音特别小 就说了句我不行了 就挂了"),
    ("livelihood", "社区里那个聋哑老人在路边坐着 身子一直往一边倒 扶都扶不住"),
    ("livelihood", "低保户家的小孩一个人在家 烧了两天了 今天已经不怎么哭了 就那么躺着"),
    ("traffic", "刚才一辆车冲上了人行道 一个大妈被挤在车和墙中间"),
    ("traffic", "路边一辆撞烂的车 安全气囊都弹出来了 里面的女司机一动不动"),
    ("traffic", "那个路口两辆电动车撞一起了 一个人抱着胳膊满地打滚"),
    ("traffic", "刚撞的 一个小姑娘坐在马路边发抖 膝盖胳膊都磨烂了 车主不见了"),
    ("food_drug", "黑作坊做的豆腐 我们楼好几家都在拉 有个小孩拉到嘴唇干裂 叫不起来"),
    ("special_groups", "社区在管的那个吸毒的在巷子里蹲着 呼吸特别慢 嘴唇发青"),
    ("environment", "小区垃圾桶旁边 医院那种针头扔了一地 一个孩子光脚踩上去了"),
    ("environment", "公园草丛里好多针头 我去拉狗的时候手被扎了 出血了"),
    ("environment", "诊所的医疗垃圾就扔在路边 刚才一个捡瓶子的老头被针扎了手"),
    ("environment", "河滩上有人扔的针管 一个小孩被扎了脚 在哭"),
    ("*", "废品站那边烧电线 烟特别黑 好几个小孩在旁边玩 有一个咳到吐"),
    ("environment", "菜市场旁边垃圾堆里有针管 一个卖菜的阿姨被扎了 针头还挂在手上"),
    ("livelihood", "敲了半天门 老爷子在里面应了一声 声音越来越弱 门是从里面插上的"),
    ("traffic", "路口电动车跟小货车碰了 骑车的大哥坐在地上抱着头 问他话也不吭声"),
    ("traffic", "小区门口一辆轿车倒车 把一个老太太挤在车和墙中间了"),
    ("environment", "垃圾桶边上扔着一堆针头 刚才一个捡废品的大爷被扎了手 在流血"),
]

CALM = [
    ("*", "我爸前几年一边手没劲 是中风留下的 想问问残疾证怎么办"),
    ("*", "我妈右手抬不起来是肩周炎 已经去医院看过了"),
    ("*", "打了一下午麻将 左手都发麻了 哈哈"),
    ("*", "老人嘴有点歪是以前中风的后遗症 想申请护理补贴"),
    ("*", "我外婆年纪大了 说话有时候含糊 一直这样 问问有没有家庭医生"),
    ("*", "他喝多了 身子往一边歪 扶都扶不住 朋友已经送他回家了"),
    ("*", "楼上在装修 电钻声音越来越小了 应该快完工了"),
    ("*", "孩子昨天发高烧 一个人在家 今天已经退烧了 问问医药费能不能报"),
    ("*", "去年冬天停电 独居老人冻得直哆嗦 今年能不能提前准备"),
    ("*", "冬天停暖了 老人家手冰凉 能不能申请个电暖器补贴"),
    ("*", "上周两辆电动车撞一起 一个人抱着胳膊坐在地上 后来检查没事 已经赔了"),
    ("*", "早上孩子叫不起来 天天赖床 上学老迟到"),
    ("*", "上个月环卫工被针头扎了 检查没事 医疗垃圾的问题一直没人管"),
    ("*", "打针的时候被针扎了一下 护士说没事"),
    ("*", "不知道谁家炒辣椒 呛得直咳 哈哈"),
    ("*", "我爸前几年嘴歪过一次 现在好了 问一下社区有没有免费体检"),
    ("*", "低保户老赵有哮喘 这个冬天能不能给他申请点取暖补贴"),
    ("*", "冬天老停电 独居老人家里冷不冷我们都不知道 建议社区多去看看"),
    ("*", "我外婆年纪大了 说话有时候含糊 问问有没有上门的家庭医生"),
    ("*", "张大爷哮喘好多年了 药费负担重 想问医保报销的事"),
    ("*", "去年冬天断电那次独居老人都冻得够呛 今年能不能提前准备一下"),
    ("*", "留守儿童小明发烧了 他奶奶已经带他去诊所打了针 问问医药费能不能报"),
    ("*", "空巢老人刘奶奶最近腿脚没劲 想申请个轮椅"),
    ("*", "独居老人的钥匙能不能在社区备一把 万一哪天叫不醒呢"),
    ("*", "低保户老赵哮喘住院一周了 出院回来家里没人照顾 能不能安排志愿者"),
    ("*", "残疾人周哥家的电费欠了 怕停电 能不能帮着申请减免"),
    ("*", "上周这个路口撞了个骑摩托的 交警处理完了 建议装个红绿灯"),
    ("*", "马路上一摊碎玻璃 不知道谁打碎的 电动车骑过去容易扎胎"),
    ("*", "那个路口的护栏被撞歪了 上周的事 到现在还没修"),
    ("*", "垃圾堆里有用过的针管 还没扎着人 但是小孩老在旁边玩 赶紧清一下"),
    ("*", "小区打药消杀味道太大了 能不能提前通知一下 家里有哮喘的孩子"),
    ("*", "上个月环卫工被针扎那个事 后来检查没事 医疗垃圾的问题一直没解决"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
