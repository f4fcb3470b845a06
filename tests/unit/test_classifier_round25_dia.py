"""Round 25 (dia): regional speech read as Mandarin before matching.

Reports come typed as people talk at home, and the rules are written in Mandarin. Each
regional word below is now read as the Mandarin the rules know: northern 俺 (我), 恁 (你),
咋 (怎么), 贼 before how something is (贼大 is 很大), 不得劲 (不舒服), 夜个 and 昨个 (昨天),
后晌 (下午); north-western 额们, 额妈, 碎娃 and 尕娃 (children), 咧 (了); south-western 幺儿
(a child), 晓得 (知道), 跶 (摔), 耍 (玩), 不巴适 (不舒服); Hunan 哒 (了); Wu 勿 (不), 伊 (他),
阿拉 (我们), 屋里厢 (家里), 一家头 (alone), 勿响 (不吭声); Hokkien 囝仔 and 囡仔 (children),
厝内 (家里), 不见去 (不见了), 袂 (不); Cantonese 开片 (a gang fight), 𠝹人 (砍人), 唞唔到气
(喘不上气), 个仔 (儿子), 游水 (游泳), 㶶味 (糊味, typed 燶), 攻出 (冒出), 架车 (辆车), 瞓喺
(躺在), 痴线佬 (神经病), 发癫 (发疯), 掟嘢 (扔东西), 水喉 (水管), 出咗去 (出去了).

Calm: the same letters where they mean something else (抓贼, 请勿, 伊拉克, 蹦跶, 耍钱, 骂骂咧咧,
那嘎哒, 遭遇, 恁大的雨), and regional phrases the rules already know as said (俺家, 着咧).
Every sentence in URGENT and FIXED_CALM was told wrong before this round.
"""

from __future__ import annotations

import pytest

from nlp.normalize import mandarin, normalize
from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # North China, north-west: 俺奶 昨个 后晌, 额妈 … 咧, 碎娃 and 尕娃 are children
    ("livelihood", "俺奶昨个后晌出去就没回来"),
    ("livelihood", "额妈晕倒咧 叫不醒"),
    ("livelihood", "碎娃掉到涝池里咧 快来人"),
    ("livelihood", "尕娃掉到井里咧"),
    # Northeastern 贼大: the smoke is very thick
    ("fire_safety", "楼道里烟贼大 啥也看不见"),
    # South-west: 幺儿 is a child, 晓得 is 知道, 跶 is 摔
    ("livelihood", "幺儿不晓得跑哪去了 找了一下午"),
    ("livelihood", "幺儿不晓得去哪了 电话也打不通"),
    ("livelihood", "屋头婆婆跶倒了 脑壳流血"),
    ("livelihood", "婆婆跶倒了 脑壳流血起不来"),
    # Hunan 哒 is 了
    ("livelihood", "我屋里娭毑跌哒一跤 爬不起来哒"),
    # Wu: 叫伊勿响 is no answer, 一家头 is alone, 寻勿着 is 找不着
    ("livelihood", "屋里厢老太婆叫伊伊勿响 门也开勿开"),
    ("livelihood", "阿拉隔壁老伯伯一家头住 叫伊勿响 门开勿开"),
    ("livelihood", "阿拉娘一家头住 敲门勿响 电话也勿接"),
    ("livelihood", "小囡寻勿着了 寻了一个下午"),
    # Hokkien: 囝仔 and 囡仔 are children, 不见去 is 不见了, 厝内 is 家里, 爬袂起来 is 爬不起来
    ("livelihood", "囝仔在溪边玩水 不见去了"),
    ("livelihood", "囡仔在水库边玩 不见去了"),
    ("livelihood", "阿嬷在厝内跌倒 爬袂起来"),
    # Cantonese: 开片 is a gang fight, 𠝹人 is 砍人
    ("public_security", "两班人喺球场开片 有人流血"),
    ("public_security", "有班飞仔喺后巷开片 有人流血"),
    ("public_security", "有个男人喺地铁站𠝹人 好多血"),
    ("public_security", "有人喺楼梯口𠝹人 个后生仔满身血"),
    # Cantonese: 唞唔到气 and 唞唔切 are 喘不上气
    ("livelihood", "阿婆喺屋企唞唔到气 心口痛"),
    ("livelihood", "阿爷唞唔切 面都青晒"),
    ("livelihood", "阿公喺厕所唞唔到气 面都青晒"),
    # Cantonese: 个仔 is 儿子, 游水 is 游泳, 出咗去 is 出去了
    ("livelihood", "个仔喺泳池游水唔见咗"),
    ("livelihood", "个仔出咗去游水 成晚冇返"),
    # Cantonese: 攻出 is 冒出, 㶶味 (燶味) is 糊味
    ("fire_safety", "隔篱屋有烟攻出嚟 好大阵燶味"),
    ("fire_safety", "厨房攻出好多烟 成屋都系㶶味"),
    # Cantonese: 架车 is 辆车, 瞓喺 is 躺在
    ("traffic", "架车撞咗个阿伯 阿伯瞓喺路中间唔郁"),
    # Cantonese: 痴线佬 is 神经病, 发癫 is 发疯, 掟嘢 is 扔东西
    ("special_groups", "楼上个痴线佬又发癫 掟嘢落街"),
]

# calm reports told in the wrong category before
FIXED_CALM = [
    ("municipal_facility", "街口个水喉漏水 漏咗几日"),
    ("livelihood", "额家碎娃想问问上学的事"),
    ("livelihood", "俺奶昨个去医院查了 都挺好"),
]

# look-alikes: the same letters meaning something else, or regional phrases already known
CALM = [
    ("public_security", "抓到个贼 已经交给派出所了"),
    ("*", "请勿在楼道堆放杂物"),
    ("*", "伊拉克餐厅门口垃圾没人收"),
    ("dispute", "楼上小孩天天蹦跶 吵得睡不着"),
    ("*", "骂骂咧咧的吵了半天 没动手"),
    ("municipal_facility", "那嘎哒有个井盖松了"),
    ("*", "门口的车一直滴滴哒哒响"),
    ("*", "遭遇了电信诈骗 想问问怎么追回"),
    ("*", "夜个楼道着了点火 已经扑灭了"),
    ("*", "昨儿个有人偷了俺家电动车 已经报警了"),
    ("*", "老爷子身上不得劲 已经送医院了 没啥事"),
    ("*", "娃儿在院子头耍 大人看着的"),
    ("*", "阿拉弄堂里路灯坏了"),
    ("*", "厝边的猪圈好臭"),
    ("*", "俺娘想问问低保咋申请"),
    ("*", "幺儿想问低保啷个申请"),
    ("*", "呢栋楼好多劏房 住咗好多人"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"),
    [*as_told(URGENT, True), *as_told(FIXED_CALM, False), *as_told(CALM, False)],
)
def test_round25_dia_regional_speech(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)


@pytest.mark.parametrize(
    ("said", "mandarin_text"),
    [
        # northern
        ("俺爹夜个出门 恁快来", "我爹昨天出门你快来"),
        ("俺奶奶昨儿个后晌摔了 咋整", "我奶奶昨天下午摔了怎么办"),
        ("火贼大 烟贼呛", "火很大烟很呛"),
        ("老人不得劲 今儿个没起床", "老人不舒服今天没起床"),
        ("额们村碎娃掉井里咧", "我们村小孩掉井里了"),
        # south-west, Hunan
        ("幺儿不晓得跑哪去了", "孩子不知道跑哪去了"),
        ("婆婆跶倒了 娃儿在河边耍水", "婆婆摔倒了孩子在河边玩水"),
        ("几个娃儿遭冲走了", "几个孩子被冲走了"),
        ("老人家倒下去哒", "老人家倒下去了"),
        # Wu, Hokkien, Cantonese
        ("阿拉隔壁一家头住 叫伊勿响", "我们隔壁一个人住叫他不吭声"),
        ("囝仔不见去了 阿嬷在厝内", "小孩不见了阿嬷在家里"),
        ("两班人开片 有人𠝹人", "两班人打群架有人砍人"),
        ("个仔喺泳池游水", "儿子在泳池游泳"),
        ("隔篱有烟攻出嚟 好大阵燶味", "隔壁有烟冒出来好大阵糊味"),
        ("阿伯瞓喺路中间 唞唔到气", "阿伯躺在路中间喘不上气"),
        # left as they are: a thief, 那么, 咋呼, 骂骂咧咧, 遭遇, 耍钱, 蹦跶, 请勿, 伊拉克,
        # 那嘎哒, 咔哒, and phrases the rules know as said (俺家, 着咧, 遭人打) or that may be
        # poison (喝药咧)
        ("抓贼 贼骑电驴跑了", "抓贼贼骑电驴跑了"),
        ("下恁大的雨", "下恁大的雨"),
        ("别咋呼", "别咋呼"),
        ("骂骂咧咧 咧着嘴", "骂骂咧咧咧着嘴"),
        ("遭遇诈骗 在麻将馆耍钱 小孩蹦跶", "遭遇诈骗在麻将馆耍钱小孩蹦跶"),
        ("请勿吸烟 伊拉克 木乃伊", "请勿吸烟伊拉克木乃伊"),
        ("那嘎哒 咔哒一声", "那嘎哒咔哒一声"),
        ("俺家房子着咧 遭人打了", "俺家房子着咧遭人打了"),
        ("奶奶该喝药咧", "奶奶该喝药咧"),
    ],
)
def test_regional_words_become_mandarin(said: str, mandarin_text: str) -> None:
    assert mandarin(normalize(said)) == mandarin_text
