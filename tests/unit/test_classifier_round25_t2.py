"""Round 25 (t2): poisoning and bad air, said the way people report it.

Every urgent sentence below was missed by the rules before this round. Urgent: several
people ill after one meal (a banquet, a canteen, a street stall: 都不舒服, 拉稀, 往厕所跑,
站不起来, 疼得打滚, 倒下了好几个); wild mushrooms or puffer fish followed by dizzy sight,
little people on the wall or numb lips; home-brewed or loose liquor followed by dark sight;
coal stoves, braziers, charcoal, water heaters, generators and a car heater in closed rooms
with people who have headaches, feel sick, go limp or cannot be woken (carbon monoxide not
named); paint, cleaners mixed, bleach, a leaking tank or a spill that fumes, with people
dizzy, throwing up, coughing or falling one after another; a child or an old person who has
swallowed pills, rat poison, washing-up liquid or liquor; a farmer sick after spraying
pesticide; voice-input slips (煤气中读, 食物中读, 一氧化炭).

Calm: people ill last week and now home, a question about mushrooms or CO alarms, a warning
to ventilate, a stove headache gone after opening the window, a noisy generator, tired legs
after a hike, full after a banquet, a drill, vitamins a doctor said were harmless, dry ice
at a show, a smell from painting, rat poison put out of reach.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # one meal, several people ill
    ("food_drug", "路边摊买的凉皮 我们仨吃了都拉 有一个已经站不起来"),
    ("food_drug", "寿宴上吃了凉菜 一桌子人都不舒服 有个老太太吐得厉害"),
    ("food_drug", "单位聚餐完一屋子人拉稀 有的腿软走不动"),
    ("food_drug", "吃了席返来 阿婆肚子痛到打滚"),
    ("food_drug", "食堂吃完饭 车间倒下了好几个"),
    ("food_drug", "早点铺的包子 我们班好几个孩子吃完都不舒服"),
    ("food_drug", "员工餐吃完 一个车间的人都往厕所跑"),
    ("food_drug", "喜酒吃完回来 我爸腿软走不动 一直拉"),
    ("food_drug", "吃了河豚 嘴麻舌头麻"),
    # mushrooms, liquor
    ("food_drug", "晚上吃了菌子 老公说眼睛花 看东西都在转"),
    ("food_drug", "菌子没炒熟 阿爸说看到墙上有人"),
    ("food_drug", "吃了见手青 眼睛看东西花花绿绿的"),
    ("food_drug", "吃了野生菌 婆婆说看见墙上有人在走"),
    ("food_drug", "喝了那个散装白酒 老汉儿眼睛发黑 头疼得打滚"),
    ("food_drug", "喝了自家酿的米酒 几个老人眼前发黑"),
    # coal, charcoal, water heaters, generators, a car heater
    ("safety_hazard", "屋里烧蜂窝煤 早上起来一家人头疼得厉害 走路打晃"),
    ("safety_hazard", "浴室里燃气热水器 孩子洗着洗着没声了"),
    ("safety_hazard", "仓库关着门开发电机 两个工人躺下了"),
    ("safety_hazard", "工棚里生了个煤炉子 早上几个人喊头疼 有一个叫不起来"),
    ("safety_hazard", "屋里煤炉子没装烟筒 老太太一早说心慌恶心"),
    ("safety_hazard", "早上起来头昏沉沉的想吐 昨晚屋里烧的炭"),
    ("safety_hazard", "一家人都说头疼 家里生着煤炉"),
    ("safety_hazard", "燃气热水器洗完澡 出来人就软了 扶都扶不住"),
    ("safety_hazard", "屋里烤火盆 爷爷坐着坐着就歪倒了"),
    ("safety_hazard", "蜂窝煤炉搬进卧室了 孩子一直睡 喊不大醒"),
    ("safety_hazard", "车里开暖风睡着了 敲窗不醒"),
    ("safety_hazard", "车库里开着车暖风 司机拍窗不醒"),
    ("safety_hazard", "屋里有味儿 老爷子迷糊了"),
    ("safety_hazard", "昨晚屋里生着煤球炉 今早老两口都喊头疼想吐"),
    # fumes, leaks, spills
    ("*", "电镀厂又在排 空气里一股怪味 我家孩子闻了就吐"),
    ("*", "超市里清洁工把两种清洁剂混一块了 她自己晕乎乎的"),
    ("*", "厂里漏了什么气 工人一个接一个地倒"),
    ("*", "车间刷油漆不通风 几个女工晕乎乎的还吐了"),
    ("*", "厂里一股刺鼻的味 好多工人嗓子火辣辣的"),
    ("*", "泳池机房一股漂白水味 救生员晕了"),
    ("*", "自来水厂漏氯 附近住户都在咳"),
    ("*", "桶装的东西洒了一地 冒白烟 呛死人"),
    ("*", "路边扔了几个桶 一股怪味 小孩去玩了现在眼睛红肿"),
    ("*", "车间里刷油漆 女工们晕乎乎的"),
    ("*", "桶打翻了 洒了一地 冒白烟"),
    # swallowed, sprayed
    ("*", "我家小孩把奶奶的降压药吃了好几片"),
    ("*", "孩子舔了老鼠药 嘴角发白"),
    ("*", "隔壁小孩偷喝了爷爷的白酒 现在软绵绵的"),
    ("*", "娃吃了一把奶奶的药片 不知道是啥药"),
    ("*", "孩子把爷爷的安眠药吃了好几片"),
    ("*", "娃把洗洁精当饮料喝了"),
    ("*", "农药喷了一上午 老汉回来就吐 浑身冒汗"),
    # voice-input slips
    ("*", "煤气中读了 一家人躺着"),
    ("*", "食物中读 厂里好多人"),
    ("*", "一氧化炭中毒 快来人"),
]

CALM = [
    ("*", "上周食堂吃坏肚子的那几个工人都出院了"),
    ("*", "想问下野蘑菇怎么分辨有毒没毒"),
    ("*", "昨天喜宴后有两个人拉肚子 吃了药已经好了"),
    ("*", "化工园区今天下午搞泄漏应急演练 大家别慌"),
    ("*", "小孩把维生素片当糖吃了两粒 问了医生说没事"),
    ("*", "罐车停在路边 没漏 司机在吃饭"),
    ("*", "去年村里喝假酒出过事 今年过年大家注意"),
    ("*", "上次煤气中毒的老太太恢复得挺好 今天去看了"),
    ("*", "吃菌子的季节到了 提醒大家别乱采"),
    ("*", "车库里有车一直发动着 尾气味大 人在车外面打电话"),
    ("*", "老人说晚上烧炉子头有点沉 已经开窗了 现在好了"),
    ("*", "蘑菇是超市买的 吃了没事 就是问问怎么保存"),
    ("*", "上个月工厂漏过一次氨气 现在修好了"),
    ("*", "医院说那几个学生是普通感冒 不是中毒"),
    ("*", "洁厕灵和84不能混用 给老人讲了讲"),
    ("*", "热水器坏了 洗澡没热水 问谁能修"),
    ("*", "发电机噪音太大 吵得头疼 投诉一下"),
    ("*", "酒席吃多了 撑得走不动"),
    ("*", "上周聚餐后有几个人拉肚子 现在都好了"),
    ("*", "食堂的饭太难吃 大家都不舒服 想投诉"),
    ("*", "吃了麻辣烫嘴麻 辣得不行"),
    ("*", "小孩把维生素吃了好几片 医生说没事"),
    ("*", "刷油漆的味道有点大 开窗通风"),
    ("*", "桶里的干冰洒出来冒白烟 是做表演的"),
    ("*", "孩子在高中读了两年"),
    ("*", "车间演练 假装工人一个接一个倒下"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
