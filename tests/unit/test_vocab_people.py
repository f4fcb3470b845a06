"""People in danger said in the words new writers use (vocab-people branch).

Vulnerable people alone and in danger now (cold, fever, unable to speak, a call for help
that went silent, children left with no food), people with mental illness in traffic or by
the water, correction subjects who cannot be reached and left a danger sign, fights said
with grappling and hair-pulling words, pesticide threats, a caller steering an old person to
move money, hikers lost. The non-urgent look-alikes beside them: routine help, quarrels
without a fight, a missed check-in with no danger sign, things already handled or past.
The texts were written for this file; none is copied from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import classifier


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # old people, children and others who need care, alone and in danger now
        ("3号楼独居的王奶奶屋里没暖气 浑身冰凉 缩在床上发抖", "livelihood"),
        ("张大爷一个人在家 屋里冷得跟冰窖一样 话都说不利索了", "livelihood"),
        ("空巢老人周大爷烧得浑身滚烫 说话都含糊了 儿女都在外地", "livelihood"),
        ("独居的老周头烧了两天了 今天额头滚烫 说话都说不清楚了", "livelihood"),
        ("桥洞下面有个流浪汉 冻得浑身发抖 话都说不出来", "livelihood"),
        ("刘老汉打电话喊救我 然后就没声了", "livelihood"),
        ("社区独居老人杨大爷电话里喊了声救救我 再打就打不通了", "livelihood"),
        ("楼下那户两个娃 大人两天没回来了 家里没吃的 孩子哭着要吃的", "livelihood"),
        ("孩子自己在家好几天了 饿得不行 家里一点吃的都没有", "livelihood"),
        ("村里有个留守娃 爷爷住院了 家里就他一个 两天没吃东西了", "livelihood"),
        # mental illness in traffic or by the water; correction subjects at risk
        ("精神病发作的那个人在车流里乱跑", "special_groups"),
        ("那个有精神病的大哥在铁路边上走 火车马上要过来了", "special_groups"),
        ("在册精神病人拿着绳子往后山走 家里人拉不住", "special_groups"),
        ("精神病的小刘在河边转悠 嘴里说要下去", "special_groups"),
        ("矫正对象李某失联一天了 家属说他拿了农药出门", "special_groups"),
        ("刑满释放的赵某电话打不通 家里人说他留了遗书", "special_groups"),
        ("社矫对象刘某手机关机 他老婆说他出门前说活着没意思", "special_groups"),
        ("矫正对象孙某定位一直没信号 他妈说他昨晚就没回 现在家里也不知道去哪了", "special_groups"),
        # fights said with grappling, hair and bottle words; pesticide threats
        ("两个男的在菜市场扭在一起 谁也拉不开", "public_security"),
        ("有个男的揪着女的头发往外拖", "public_security"),
        ("夜市上两个男的拳脚相加 打得鼻青脸肿", "public_security"),
        ("烧烤店门口两伙人大打出手 桌子都掀了", "public_security"),
        ("老张跟他媳妇吵着吵着 拿着农药说要喝 盖子都拧开了", "dispute"),
        ("老两口吵架 老太太拿着一瓶敌敌畏说不过了 盖子都打开了", "dispute"),
        # a caller steering an old person to move money now
        ("农行门口一个大妈一边接电话一边要把存款全转走 电话里的人不让她挂", "public_security"),
        ("王大爷正在跟一个自称公安的人视频 对方让他下载个APP把钱转过去", "public_security"),
        ("老太太接了个电话就慌了 现在正往银行走 说要给法院交保证金", "public_security"),
        # people lost: hikers, children, old people
        ("三个驴友进山徒步 到现在失联了 手机快没电了 天黑了", "other"),
        ("两个外地游客进山拍照 天黑了还没出来 电话打过去不在服务区", "other"),
        ("三个人去爬野长城 天黑迷路了 打电话求救", "other"),
        ("九十岁的老太太下午出门买菜 现在还不知道在哪 她记性不好", "livelihood"),
        ("邻居家姑娘离家出走两天了 电话打不通 家里到处找", "livelihood"),
        ("八岁的男孩放学没到家 学校说早走了 家里人急疯了", "livelihood"),
    ],
)
def test_people_in_danger_now_are_urgent(text: str, category: str) -> None:
    result = classifier().classify(text)
    assert result.urgent, text
    assert result.category == category, text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("独居的王奶奶米和油快吃完了 想请社区帮忙送点米送油", "livelihood"),
        ("张大爷想咨询一下低保怎么申请", "livelihood"),
        ("独居老人刘奶奶想申请取暖补贴 冬天家里冷", "livelihood"),
        ("留守儿童小丽家里困难 午饭没得吃 想申请营养餐补助", "livelihood"),
        ("老人说话有点含糊 是中风后遗症 想办个残疾证", "livelihood"),
        ("王大爷感冒发烧两天了 已经去诊所看过了 想请人帮忙买点药", "livelihood"),
        ("矫正对象张某这周没来签到 电话没接", "special_groups"),
        ("社区矫正的刘某这周没来报到 电话也关机", "special_groups"),
        ("矫正对象周某定位关机两天了 家里说他去外地打工了", "special_groups"),
        ("刑满释放的老孙说活着没意思 找不到工作 想申请低保", "special_groups"),
        ("刑满释放的老赵不想活了似的整天喝酒 家里人想找人劝劝", "special_groups"),
        ("楼上楼下两家为漏水吵架 吵得很凶 没动手", "dispute"),
        ("两口子在家吵架 吵得很大声 摔了个碗", "dispute"),
        ("两口子吵架 男的把碗摔了 女的回娘家了", "dispute"),
        ("有人在群里发贷款广告 说先交保证金 几个老人已经转钱了", "public_security"),
        ("最近有冒充公安的诈骗电话 提醒老人不要转账", "public_security"),
        ("上周走丢的老人已经找回来了 家属来感谢", "livelihood"),
        ("他儿子离家出走好几年了 一直联系不上 想申请寻亲", "livelihood"),
        ("精神病人家属说家里的农药都锁起来了 请社区放心", "special_groups"),
        ("王奶奶最近晚上睡不好 白天昏昏沉沉的 想问社区医生能不能上门", "livelihood"),
        ("昨天走丢的小孩晚上在网吧找到了 家长领回去了", "livelihood"),
    ],
)
def test_routine_help_quarrels_and_past_events_are_not_urgent(text: str, category: str) -> None:
    result = classifier().classify(text)
    assert not result.urgent, (text, result.urgency_reasons)
    assert result.category == category, text
