"""Round 26 (C): the category told by what happened, not by a word that drags a report away.

Every sentence in FIXED_* went to the wrong team on the rules before this round; the KEPT_*
sentences are look-alikes that had their category and must keep it. Situations fixed: a
relative beating a nurse in a 卫生院 (not 环境卫生); a man with a lighter at a petrol pump
threatening to set it off unless paid; a stranger carrying off a crying child; knives sold
with the edge ground (开了刃); a caller posing as the 物业 asking a resident to scan a code for
a refund; people let out of a stuck lift (困梯) and a lift door motor fault (门机故障); a gas
alarm to be replaced; a cracked glass balustrade; a shop sign hanging by one end; a flooded
switch room with sparks; food sold from a cart without a licence by hands never washed; meat
thawing outside a broken cold store; a worker refused a labour contract (the 奶茶 of 奶茶店 is
the shop, not the food); a hand crushed by a machine and the compensation; a builder unpaid by
the owner; workers fighting over the foreman's deductions; a left-turn light out; a speed bump
asked for; a coach picking up passengers in the middle of the road; a lorry whose brakes
failed crashing into a house; a pavement caving in; a quarrel repeated over square-dance
speakers; a person with mental illness on a roof edge and a former patient now well; a
信访办 case asked after; owners shutting the manager in his office; villagers with hoes facing
a construction team; a young woman sitting outside a railing; cold fireworks in a shop.

Look-alikes kept: a milk-tea shop's expired pearls, unpaid staff, tables on the pavement,
rats in its kitchen and a crooked sign; women touting outside a foot-massage shop and
unlicensed cabs touting at the station; rubbish burning with a plastic stink; wage protesters
on a tower crane and facing the contractor with rebar; bricks thrown from above; a smell in a
stairwell; a leak quarrel; a broken speed bump; rubbish behind a 卫生院; cartons blocking a
fire lane; a fight with a knife; a rear-end collision with smoke; wages held back by a depot
manager; a couple quarrelling over a homestead.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

FIXED_URGENT = [
    ("public_security", "乡卫生院里有个病人家属在打护士 快来人"),
    ("special_groups", "那个精神上有疾病的小伙子爬到楼顶边上了"),
    ("public_security", "一个男的拿着打火机站在油枪边上 说不给钱就点"),
    ("public_security", "公园里一个男的抱着个小孩往外走 孩子一直哭 说不认识那个人"),
    ("safety_hazard", "配电房进水了 里面啪啪冒火花"),
    ("other", "河边一个姑娘翻到栏杆外面坐着 一直哭"),
    ("traffic", "大货车下坡刹不住 冲进路边人家 房子撞塌了一角"),
    ("municipal_facility", "人行道塌下去一个洞 边上还在往下掉土"),
    ("labor", "工地上工人打起来了 说是工头扣钱 有人抄起了钢管"),
    ("petition", "二十来个业主把物业经理堵在办公室里 说物业乱涨价"),
    ("petition", "村民扛着锄头跟施工队顶上了"),
]

FIXED_CALM = [
    ("food_drug", "夜市推车卖炒粉的没证 手也不洗就抓"),
    ("petition", "去年在信访办反映的事到现在没音讯 麻烦问问"),
    ("traffic", "学校门口那个左转灯一直不亮"),
    ("labor", "装修工人说活干完了业主不给钱 想让物业出面"),
    ("safety_hazard", "业主问家里燃气报警器老了要不要换 物业说不管"),
    ("safety_hazard", "商场中庭玻璃栏杆有裂纹 先拿胶带围上了"),
    ("fire_safety", "有家店开业想在店里放冷焰火"),
    ("safety_hazard", "上午困梯的那两个人已经放出来了 维保说下午来修"),
    ("safety_hazard", "B座货梯门机故障 门关不上 维保下午来换"),
    ("food_drug", "冷库坏了 肉都堆在门口化冻"),
    ("labor", "奶茶店老板一直不给签合同"),
    ("labor", "去年在厂里被机器轧了手 赔偿一直没谈拢"),
    ("traffic", "门口这条路能不能设个减速带"),
    ("traffic", "那趟班车老在路中间停下拉客"),
    ("dispute", "广场舞音响太吵 住边上的人跟大妈们吵了好几回"),
    ("public_security", "有业主接到电话说物业要退停车费 让他扫码"),
    ("public_security", "夜市有个摊子卖开了刃的长刀 说是工艺品"),
    ("safety_hazard", "饭店门头招牌一头掉下来吊着"),
    ("special_groups", "去年拿刀闹过事的那位病人现在治疗效果很好 邻居还有顾虑"),
]

KEPT_URGENT = [
    ("fire_safety", "垃圾站浓烟滚滚 烧塑料的臭味 火还没灭"),
    ("labor", "讨薪的工人爬到塔吊顶上了 底下围了一圈人"),
    ("labor", "工人围着包工头要钱 两边拿着钢筋对峙"),
    ("public_security", "楼上有人往下扔砖头 下面的人不敢过"),
    ("public_security", "菜市场两个人打起来了 一个拿着刀"),
    ("traffic", "两辆车追尾了 车头冒烟 司机受伤了"),
]

KEPT_CALM = [
    ("food_drug", "奶茶店的珍珠过期了还在用"),
    ("labor", "奶茶店老板扣了店员半个月工资"),
    ("urban_management", "奶茶店把桌椅摆到人行道上了"),
    ("food_drug", "奶茶店后厨老鼠乱跑 顾客拍了视频"),
    ("public_security", "足疗店门口晚上有女的拉客"),
    ("environment", "楼道里有股臭味 不知道谁家的垃圾"),
    ("dispute", "楼上楼下为漏水吵了好几回 想申请调解"),
    ("safety_hazard", "奶茶店招牌有点歪 风大就晃"),
    ("traffic", "火车站出站口黑车拉客 把路堵了"),
    ("municipal_facility", "小学门前的减速带断了 螺丝翘起来"),
    ("environment", "卫生院后面的垃圾堆好几天没人清了"),
    ("fire_safety", "楼道里堆满纸箱 消防通道都堵了"),
    ("labor", "快递站站长拖了我们两个月工资"),
    ("dispute", "邻居两口子为宅基地的事又吵了"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"),
    [
        *as_told(FIXED_URGENT, True),
        *as_told(FIXED_CALM, False),
        *as_told(KEPT_URGENT, True),
        *as_told(KEPT_CALM, False),
    ],
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
