"""Round 26 (A): urgency told by the situation, not by the sentence.

Every urgent sentence below was missed by the rules before this round. Urgent: people too
frightened to come out of a room or shop while someone raves, kicks doors or rams a door
(吓得不敢出来, 不敢出屋); a threat to set fire by a petrol pump or a gas cylinder (不给钱就点,
一起炸); a farewell note or message (对不起家里, 别找我, 下辈子) from someone who can no
longer be reached; an old person living alone who keeps to a habit and today has not opened
the door or come down (到点门没开, 没下楼, 窗帘一直没拉开); a stranger carrying or leading
away someone else's child while the mother searches (抱着个小孩往安全通道走, 说不认识);
people with a grievance breaking glass doors and forcing their way in (玻璃门被推碎, 挤碎,
撞开, 人比上次多); a quarrel where one side fetches a knife, scissors or a stick (拿了把剪刀
出来); a drunk, a drug user or a raving man gripping a child and not letting go.

Calm: fear of the dark, the cold or an epidemic; a note apologising for a scratched car; an
old person who is away or has a cold; a grandmother carrying her own grandchild; a planned
visit by owners or workers; builders breaking glass; a knife fetched to cut a melon; a child
holding on to its mother's hand.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("*", "网格群：菜场那个疯子又来了 在幼儿园门口拍铁门 小朋友都吓得不敢出来"),
    (
        "*",
        "您好，我是三号楼的住户，楼道里有个男的一直在踹对门的门，我们一家人不敢出屋，请派人来。",
    ),
    ("*", "社区矫正人员小张今天没来报到 他媳妇说他夜里留了句下辈子再还你们 人找不着了"),
    (
        "*",
        "麻烦社区来看看，隔壁独居的李大爷平时天天早上六点下楼遛弯，今天都中午了门还没开，电话也没人接。",
    ),
    ("*", "村里五保户老汉 平常一早就坐门口晒太阳 今儿个门一直没开 喊了几声也不应"),
    ("*", "小区门口 一个陌生男的抱起个孩子就往外走 孩子家长在后面边喊边追"),
    ("*", "开发商售楼部那边 业主们又来了 售楼部的玻璃门被挤碎了"),
    ("*", "理财公司门口 储户们把公司的玻璃都砸碎了 要退钱"),
    ("*", "理发店老板跟顾客吵 转身拎了把剪子出来 说要拼命"),
    ("*", "物业前台：有个男的在大堂来回吼 说有人害他 保洁阿姨躲在库房不敢出来"),
    ("*", "加油站员工：有人开着油枪对着自己车上浇 说今天不给结账就都烧了"),
    ("*", "村里老孙为征地的钱 扛着液化气罐站在村委门口 说不给说法就一起炸"),
    ("*", "对门独居的老太太 平常早上都在楼下打太极 今天一上午没见她下楼 电话也不接"),
    ("*", "烂尾楼的业主们今天在售楼部闹 展厅的玻璃门被推碎了"),
    ("*", "楼盘交房的事 业主们把物业中心的门踹开了 冲了进去"),
    ("*", "网格员：公园里一个喝醉的男的揪着一个小女孩胳膊不放 孩子哭着喊妈妈"),
    ("*", "网格群：村口有个疯疯癫癫的男的在拍小卖部的门 老板娘躲在里屋不敢出来"),
    ("*", "楼下吵吵闹闹的 有个男的在撞单元门 住户都不敢从屋里出来"),
    ("*", "志愿者说 独居的刘爷爷 往常七点就下楼买早点 今天十点了还没下楼 打电话不接"),
    ("*", "麻烦来看看 对门的孤老阿婆 平常天天在楼下坐着 今天都没见她出来 敲门也不应"),
    ("*", "商场保安：一个陌生女的抱着个小孩往安全通道走 孩子妈妈在后面喊 说不认识这人"),
    ("*", "讨说法的业主们把售楼处的大门撞开了 人比上次还多"),
    ("*", "债权人们今天又来了 公司前台的玻璃隔断都砸碎了"),
    ("*", "那个 登记的戒毒人员小赵 给他妈发了条微信说下辈子再孝顺 现在人找不到"),
    ("*", "讨工钱的工友们今天又来了 厂办的玻璃门都被挤碎了"),
    ("*", "投资人们又堵到理财公司 人比上回多 前台的玻璃都砸碎了"),
    ("*", "楼长：独居的钱大妈 平时天一亮就去菜场 今天窗帘一直没拉开 电话也不接"),
    ("*", "网格员：那个刑满释放的老吴在朋友圈发了句对不住大家 现在电话关机了"),
]

CALM = [
    ("*", "朝阳路的路灯坏了好几天 晚上黑黢黢的 老人都不敢出去"),
    ("*", "公厕太脏了 味道大 进去一趟都不敢出来透气就想跑 麻烦打扫"),
    ("*", "最近疫情 小区老人都不敢出去 想问问能不能送菜上门"),
    ("*", "加油站旁边有人在抽烟 跟他说了他就掐了 建议加块禁烟牌"),
    ("*", "他留了张纸条写着对不起 刮了你的车 留了电话号码 叫我们联系他赔"),
    ("*", "我儿子给我留了字条说对不起 出门忘了买菜 晚上回来做饭"),
    ("*", "独居的李大爷今天门一直没开 刚打电话 他说去闺女家住几天 人没事"),
    ("*", "对门王奶奶两天没下楼 我敲门她开了门 说感冒了在家歇着"),
    ("*", "超市门口有个奶奶抱着孩子往外走 孩子在哭着要糖"),
    ("*", "业主们想去售楼部问交房的事 群里在商量明天几点去"),
    ("*", "装修队把售楼部的玻璃门砸碎了 要换新的 请物业通知一下"),
    ("*", "老王回屋拿了把菜刀出来切西瓜 大家在院子里乘凉"),
    ("*", "孩子抓着妈妈的手不放 在幼儿园门口哭 老师在哄"),
    ("*", "工人们打算下周去项目部问工钱的事"),
    ("*", "公园里一个老奶奶领着孙子往后门走 孩子哭着要买气球"),
    ("*", "业主们在售楼部门口拍了合影 打算明天再来问交房"),
    ("*", "装修师傅拿了把锤子出来 在楼道里敲墙 声音有点大"),
    ("*", "孩子拉着爷爷的手不放 非要去买冰棍"),
    ("*", "独居的张奶奶今天门没开 她女儿说接她去女儿家住了 没事"),
    ("*", "小区老人冬天太冷都不敢出去 活动室能不能开暖气"),
    ("*", "他走前留了张字条写着对不起 把我的车蹭了 留了电话号码"),
    ("*", "煤气罐没气了 想问下哪里换罐"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
