"""Round 25 (t4): vulnerable people in danger now, said quietly.

Every urgent sentence below was missed by the rules before this round. Urgent: an old
person living alone not seen for days, told by what piles up or stays still (信箱塞满了,
奶箱都满出来了, 牛奶堆了三四瓶, 烟囱两天没冒烟), by a phone unanswered (两天没接电话,
电话没人节) or a call at the door that gets nothing back (喊她也没得动静, 没得人应,
敲门没人硬), in northern, south-western and Cantonese speech (老者, 老孙头, 阿公, 两日);
a small child shut in or left alone at home (把孩子关家里出门了, 家里好像就他一个) or left
in a locked car (车里头有个碎娃 车锁咧, 后排坐着个小孩 车锁着 外面三十五度); a person with
a severe mental illness wrecking the home, locking up a parent, kicking doors in, or
wandering barefoot towards a river or through snow; a released prisoner or a person under
community correction acting on a grudge (拎着东西去了, 今天在人家楼下转, 喝了酒说要去砍);
someone who said life is not worth it, gave things away or settled their affairs, and
then left, switched the phone off or shut the door (留了封信出门了, 把东西都送人了
说以后用不上了, 积蓄都交俾佢地 今晚一个人出咗门); an old person without water or heating
in heat or cold (停水三天了 天这么热, 手都冻紫了).

Calm: the same words when the person has gone to a daughter's, is in hospital or was
reached; a child let out or minded; a parent in the car with the air conditioning on; a
patient stable now; a missed check-in or a grudge only talked of (the labelled data calls
those routine); a will, a move abroad; a notice of water cut tomorrow.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # old people living alone, not seen
    ("livelihood", "独居的陈姨 儿子在外地打电话给我说他妈两天没接电话了 让我去看看"),
    ("livelihood", "邻居老太婆一个人住 屋里电视响了一整夜没停 喊她也没得动静"),
    ("livelihood", "老周头家的信箱塞满了 人好几天没露面"),
    ("livelihood", "601老汉 门口的奶箱都满出来了 人咋不见呢"),
    ("livelihood", "俺们村那个光棍老汉 烟囱两天没冒烟了"),
    ("livelihood", "隔壁的老奶奶 两天没看见人了 敲门没人硬"),
    ("livelihood", "屋里头那个老者 几天没出门咯 喊他也没得人应"),
    ("livelihood", "后院那个老光棍 信箱都塞满了 好几天没露面"),
    ("livelihood", "二楼的孤老太 门口牛奶堆了三四瓶 人也不见"),
    ("livelihood", "五保户老孙头 这几天都没见着 烟囱也没冒烟"),
    ("livelihood", "隔壁老汉一个人住 喊了半天没得人应"),
    ("livelihood", "对面独居的爷爷 电话没人节 三天了"),
    ("livelihood", "7号楼那个孤寡老人 奶箱都塞满了 人也没见"),
    ("livelihood", "村西头的五保户 这两天烟囱都没冒烟"),
    ("livelihood", "楼下的老奶奶 三天了电话都不接 她一个人住"),
    ("livelihood", "对门的阿公 好几日没露面 窗帘也拉着"),
    ("livelihood", "那个低保户老头 喊他没得人应 门从里面插着"),
    # children shut in or alone, babies in locked cars
    ("livelihood", "留守的小孙子 奶奶住院了 家里就剩他一个七岁的 晚上没人管"),
    ("livelihood", "有个三四岁小娃在阳台上哭 家里好像就他一个"),
    ("livelihood", "那家人把孩子关家里出门了 孩子在门里面拍门喊"),
    ("livelihood", "他家就剩她一个三岁的在家 饿得直哭"),
    ("livelihood", "车里面有个娃娃睡着 车门锁着 找不到车主 外面三十几度"),
    ("livelihood", "车里头有个碎娃 车锁咧 大人不晓得哪去咧"),
    ("livelihood", "车子里有个婴儿 车门锁了 车主找不到"),
    ("livelihood", "后排坐着个小孩 车锁着 外面三十五度"),
    ("livelihood", "停车场有辆车 后座有个宝宝 车锁着 太阳底下晒着"),
    ("livelihood", "小孩在车里睡着了 大人去超市了 车窗都关着"),
    # severe mental illness acting out at home, wandering off half dressed
    ("special_groups", "他家那个疯儿子 把家里东西都砸了 他妈跑出来躲在我家"),
    ("special_groups", "那个犯病的 把他爸锁在屋里 不让出来"),
    ("special_groups", "那个精神病把他爸锁在屋里 不让出门"),
    ("special_groups", "那个有病的在楼道里喊有人要害他 把门都踹烂了"),
    ("special_groups", "他们家那个疯的跑出去了 光着脚 往河那边去了"),
    ("special_groups", "村里那个傻子 穿个裤衩在雪地里走"),
    # released prisoners and people under correction acting on a grudge
    ("special_groups", "刚放出来那个 扬言要找当年举报他的人算账 今天在人家楼下转"),
    ("special_groups", "矫正对象李某 喝了酒说要去砍他前妻"),
    ("special_groups", "刑满释放的张三 说出来了要让那家人好看 今天拎着东西去了"),
    # despair said, then gone, unreachable, shut in
    ("*", "我同事刚发朋友圈说 这辈子就这样吧 谢谢大家 然后电话打不通"),
    ("*", "楼下小伙子这两天把东西都送人了 说以后用不上了"),
    ("*", "我妈一个人在家 电话里跟我交代后事 说存折放在哪 现在不接电话了"),
    ("*", "隔壁女的跟老公吵完架 说死了算了 拿了瓶药进屋了"),
    ("*", "我爸欠了一屁股债 说活着没啥意思 留了封信出门了"),
    ("*", "俺婶子说活着受罪 不如死了 屋里关着门 叫不开"),
    ("*", "阿伯讲唔想再拖累仔女 积蓄都交俾佢地 今晚一个人出咗门"),
    ("*", "他把东西全送人了 说以后用不着了 现在联系不上"),
    ("*", "我室友说撑不下去了 留了张纸条 出去了"),
    ("*", "他说活着遭罪 一个人出去了 手机关机"),
    ("*", "我朋友说不想连累家里 发完消息就联系不上了"),
    # no water in the heat, no heating in the cold
    ("livelihood", "八十多岁的老人 家里停水三天了 没人给她送水 天这么热"),
    ("*", "楼上的老人家停水两天了 这么热的天没水喝"),
    ("livelihood", "那个大爷家断水了 高温三十七八度 没人送水"),
    ("livelihood", "八十岁的奶奶家停电两天了 这么热 热得人都蔫了"),
    ("livelihood", "隔壁老太太家里没暖气 手都冻紫了"),
]

CALM = [
    # the old person is elsewhere, answered, or only asks for help
    ("*", "王奶奶家门口的牛奶这几天没拿 问了她女儿 说老人去女儿家住了"),
    ("*", "老太太的信箱塞满了 她去女儿家住了 麻烦帮忙收一下"),
    ("*", "孤老太门口牛奶堆着 她住院了 家里人让停了订奶"),
    ("*", "孤寡老人的奶箱满了 社区帮她订的奶送多了 人在家好好的"),
    ("*", "五保户家的烟囱没冒烟 他说这两天去镇上住了"),
    ("*", "李奶奶电话没接 后来打通了 她在菜市场没听见"),
    ("*", "王大爷这两天没下楼 打电话说腿疼 让帮忙买点菜"),
    ("*", "报纸在门口堆着 那家人出去旅游了 让帮忙收一下"),
    # children let out or minded, a parent in the car
    ("*", "孩子被锁在家里 刚才开锁师傅来打开了 没事了"),
    ("*", "小孩反锁在家 后来开锁师傅来打开了 孩子没事"),
    ("*", "车里面有个小孩 他妈妈在里面陪着 开着空调"),
    ("*", "车里有个宝宝 车没熄火开着空调 他爸就在旁边买水"),
    ("*", "提醒大家 夏天千万别把孩子单独留在车里"),
    # patients stable, released people settled, check-ins
    ("*", "那个犯病的上个月砸了家里东西 现在住院了 稳定多了"),
    ("*", "302那个有病的 这段时间按时吃药 挺稳定的 今天随访了"),
    ("*", "刚出狱那个 今天来社区报到了 说要找工作"),
    ("*", "刑满释放的老王说以前想找人算账 现在早放下了"),
    ("*", "刑满释放人员帮教谈话 说以前想报复 现在想通了"),
    ("*", "矫正对象外出请假已批准 去外地参加婚礼 三天回来"),
    # wills, moving, a past crisis
    ("*", "老人交代后事 写了遗嘱 想去公证处"),
    ("*", "他把东西全送人了 因为要搬家出国"),
    ("*", "我妈把旧衣服都送人了 说要断舍离"),
    ("*", "我姐以前说过活着没意思 现在心理老师在跟 好多了"),
    # notices and questions
    ("*", "楼上的老人家明天停水 提醒一下提前接水"),
    ("*", "独居老人家里没空调 想申请补贴"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
