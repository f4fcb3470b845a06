"""Round 19 (C): the core everyday lexicon of urgency, and its calm look-alikes.

Earlier rounds followed the misses of particular test sets, so basic everyday ways of saying
that something is on fire, has exploded, that someone is hurt, unconscious, drowning, missing or
beaten fell through. This round listed, concept by concept, the most common everyday
expressions (verbs with 了/着/在/起来, resultative forms, colloquial and short forms) and wrote
rules for each word family at the top of `danger_patterns`. Every urgent sentence below was
missed by the rules before this round.

Calm: 火 of food, temper, fame and trains (火锅, 发火, 上火, 很火, 火车), controlled fires (stoves,
kilns, barbecues, paper burnt at a festival, candles, welding), fevers, sunsets, firecrackers;
drills, fears, hearsay and fires already out; bangs of doors, thunder and renovation; toys and
ranges; bargains; demolition and rumours; swimming, flooded fields and wet phones; pets,
debtors and people already found; banners that are planned or festive.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # fire: flames, their size and spread, said without naming what burns
    ("fire_safety", "煤气罐边上起明火了"),
    ("fire_safety", "窗户往外喷火"),
    ("fire_safety", "车头往外喷火"),
    ("fire_safety", "罐子旁边起了火"),
    ("fire_safety", "起了火"),
    ("fire_safety", "火很大"),
    ("fire_safety", "火特别大"),
    ("fire_safety", "屋里全是火"),
    ("fire_safety", "到处都是火"),
    ("fire_safety", "烧成一片火海"),
    ("fire_safety", "着了起来"),
    ("fire_safety", "噼里啪啦地烧"),
    ("fire_safety", "烧得噼里啪啦响"),
    ("fire_safety", "那边火光一片"),
    ("fire_safety", "见到明火了"),
    ("fire_safety", "火一直在烧"),
    ("fire_safety", "火没灭"),
    ("fire_safety", "火越着越大"),
    ("fire_safety", "火越来越旺"),
    ("fire_safety", "火光很亮"),
    ("fire_safety", "阁楼上起明火了"),
    ("fire_safety", "棚子里起明火了"),
    ("fire_safety", "楼道电箱起明火了"),
    # fire: a thing burning, said with what burns
    ("fire_safety", "麦秸垛子呼呼地烧"),
    ("fire_safety", "后院的柴火垛子呼呼地烧"),
    ("fire_safety", "柴火垛着得呼呼的"),
    ("fire_safety", "被子在燃烧"),
    ("fire_safety", "房子在燃烧"),
    ("fire_safety", "小区里一辆车在燃烧"),
    ("fire_safety", "一辆面包车在路边燃烧"),
    ("fire_safety", "那边房子着得很旺"),
    ("fire_safety", "楼外面的保温材料在烧"),
    ("fire_safety", "罐子着了"),
    ("fire_safety", "仓房着了"),
    ("fire_safety", "油桶着了"),
    ("fire_safety", "电暖器着了"),
    ("fire_safety", "庄稼地着了"),
    ("fire_safety", "玉米秆子堆着了"),
    ("fire_safety", "窗户里一片红"),
    # gas pipes and hoses cracked
    ("*", "煤气管子裂了"),
    ("*", "液化气罐的管子裂了"),
    # explosions
    ("*", "楼下炸了"),
    ("*", "嘭的一声什么东西炸了"),
    ("*", "轮胎爆了把人炸伤了"),
    ("*", "爆炸声很大玻璃碎了一地"),
    ("*", "炸开了"),
    # injuries: knife wounds, gashes, scalds, hit by a car
    ("*", "手被切了一个大口子"),
    ("*", "骨头都露出来了"),
    ("*", "被车撞了"),
    ("*", "被油烫了一大片"),
    ("*", "被开水烫了一大片"),
    ("*", "被砍了好几刀"),
    ("*", "肚子上挨了一刀"),
    ("*", "后背被划开了"),
    ("*", "腿上划开了一道口子"),
    # unconscious, no heartbeat
    ("*", "喊不醒了"),
    ("*", "奶奶摇不醒了"),
    ("*", "一头栽地上了"),
    ("*", "直挺挺倒下去了"),
    ("*", "心脏骤停"),
    ("*", "没心跳了"),
    ("*", "一下子晕死过去了"),
    # shots
    ("*", "有人开枪了"),
    ("*", "有人在小区里开枪"),
    ("*", "听到枪声了"),
    ("*", "有人放了一枪"),
    # beatings
    ("*", "被打了一顿"),
    ("*", "揍人了"),
    ("*", "有人揍人"),
    ("*", "那小伙子正挨打"),
    # break-ins, robbery, abduction, molesting
    ("*", "有人闯进家里了"),
    ("*", "有人在抢东西"),
    ("*", "劫道的"),
    ("*", "有人拦路打劫"),
    ("*", "有人打劫"),
    ("*", "有人绑了一个孩子上车"),
    ("*", "有人在耍流氓拉拉扯扯"),
    ("*", "有个男的在公交上耍流氓"),
    # collapses
    ("*", "房梁断了"),
    ("*", "脚手架倒了"),
    ("*", "塔吊倒了"),
    ("*", "塔吊倒了压到工棚"),
    ("*", "老房子倒了"),
    ("*", "土坯房倒了"),
    ("*", "房顶垮了"),
    ("*", "墙垮了"),
    ("*", "围墙垮下来了"),
    ("*", "整面墙往下倒"),
    # falls from height
    ("*", "工人从高处坠落"),
    # drowning
    ("*", "有人跳江了"),
    ("*", "孩子在水库里淹着了"),
    ("*", "有人在河里淹着了"),
    ("*", "有个人在水里挣扎"),
    ("*", "有人淹水了"),
    ("*", "有人淹死了"),
    ("*", "河里有人快不行了"),
    ("*", "游泳的人快不行了"),
    # electrocution
    ("*", "电着人了"),
    ("*", "漏电把人电了"),
    # poisoning, pills
    ("*", "几个人喝了酒中毒了"),
    ("*", "有人吃安眠药了"),
    # missing people
    ("*", "孩子跑丢了"),
    ("*", "人失联了"),
    ("*", "我老公两天联系不上"),
    ("*", "小孩一转眼就没了"),
    ("*", "老人迷路了"),
    ("*", "老太太迷了路"),
    ("*", "儿子离家出走了"),
    ("*", "孩子离家出走两天了"),
    ("*", "找了一下午没找到"),
    ("*", "找了一晚上没找着我爸"),
    ("*", "全村人都在找孩子"),
    ("*", "孩子被人领走了不知道是谁"),
    ("*", "老人下落不明"),
    # crowds with banners, blocking gates
    ("*", "村民们集体去堵厂门"),
    ("*", "业主们拉横幅抗议"),
    ("*", "业主们举着横幅在售楼处"),
    # water in homes
    ("*", "村子被淹了"),
    ("*", "整个村都淹了"),
    ("*", "屋里的水越来越深"),
    ("*", "水没过腰了"),
    ("*", "下水道返水进屋了"),
]

CALM = [
    # fire words in everyday talk: food, temper, fame, trains, stoves, festivals, fevers
    ("*", "今晚咱们吃火锅吧"),
    ("*", "他一听就发火了"),
    ("*", "他一听就火很大 骂了半天"),
    ("*", "最近有点上火嗓子疼"),
    ("*", "这两天上火 嘴上全是火泡"),
    ("*", "火车站人很多"),
    ("*", "这首歌现在很火"),
    ("*", "他家生意火爆"),
    ("*", "他脾气火很大"),
    ("*", "楼下烧烤摊烟很大"),
    ("*", "饭馆炒菜火很大"),
    ("*", "烤鸭店火很旺"),
    ("*", "烧砖的窑火很大"),
    ("*", "中元节路口有人烧纸"),
    ("*", "灶上的火开小一点"),
    ("*", "打火机的火很大"),
    ("*", "打火机打了好几下才起了火"),
    ("*", "蜡烛在燃烧"),
    ("*", "香在燃烧"),
    ("*", "跑步能燃烧脂肪"),
    ("*", "工地在电焊 火星子往下掉"),
    ("*", "喷火表演很精彩"),
    ("*", "他气得要喷火"),
    ("*", "孩子发烧了 去医院了"),
    ("*", "傍晚后山一片红的，是晚霞，挺好看"),
    ("*", "楼上噼里啪啦在放鞭炮 烟很大"),
    ("*", "车子打了好几次火才着"),
    # fire drills, fears, hearsay and fires already out
    ("*", "小区组织消防演练 模拟起火"),
    ("*", "昨天那场火已经扑灭了"),
    ("*", "火已经灭了 火势控制住了 没人受伤"),
    ("*", "去年仓库着过一次火"),
    ("*", "电动车在楼道里充电 怕着火"),
    ("*", "楼道里堆满纸箱 怕起火"),
    ("*", "电动车在家里充电 万一起了火怎么办"),
    ("*", "楼道里禁止使用明火"),
    ("*", "听说隔壁村起了火 不知道真假"),
    # gas pipes mended or only old
    ("*", "煤气管子老化了 想换根新的"),
    ("*", "燃气表那里已经修好了 没味了"),
    ("*", "燃气管道明天检修停气"),
    # bangs that are no explosion
    ("*", "过年放鞭炮 一声巨响把孩子吓哭了"),
    ("*", "楼下打雷轰的一声 停电了"),
    ("*", "关门嘭的一声 吓我一跳"),
    ("*", "隔壁在装修 砰的一声砰的一声的 吵死了"),
    ("*", "群里炸了 大家都在骂物业"),
    ("*", "厨房在炸丸子 满屋子油烟"),
    ("*", "隧道那边施工爆破 提前通知了"),
    ("*", "他气炸了"),
    # old wounds, trees and claims
    ("*", "他手上有个大口子 去年缝的针"),
    ("*", "砍树的工人把路占了"),
    ("*", "树被车撞了"),
    # toys, ranges and past beatings
    ("*", "孩子玩水枪"),
    ("*", "射击俱乐部开业"),
    ("*", "玩具枪卖得很火"),
    ("*", "小时候经常挨打"),
    # rushes for bargains, games, films, culprits already caught
    ("*", "超市抢东西 打折鸡蛋"),
    ("*", "抢购打折商品"),
    ("*", "电影里有人耍流氓"),
    ("*", "耍流氓的那个人已经被抓了"),
    # demolition, rumours, fallen goods, walls only about to fall
    ("*", "老房子要倒了 怕伤人"),
    ("*", "这堵墙快倒了 赶紧来看看"),
    ("*", "老房子去年就塌了 没人住"),
    ("*", "群里传那栋楼塌了 是谣言"),
    ("*", "路灯杆断了"),
    ("*", "网络信号断了"),
    ("*", "货架倒了 东西掉了一地"),
    ("*", "电动车倒了一排"),
    # swimming, fields and phones in the water
    ("*", "防溺水宣传进校园"),
    ("*", "孩子在游泳馆学游泳"),
    ("*", "跳水比赛在体育馆"),
    ("*", "庄稼地淹了一片"),
    ("*", "楼上漏水 我家天花板全是水"),
    ("*", "洗衣机漏水 卫生间全是水"),
    ("*", "暴雨后院子里的水已经排掉了"),
    ("*", "去年发大水村子被淹了"),
    ("*", "下河摸鱼 水到腰"),
    ("*", "游泳池的水到胸口"),
    # objects that may fall, questions about poisoning
    ("*", "广告牌有坠落风险"),
    ("*", "想问农药中毒怎么预防"),
    ("*", "去年一家人煤气中毒 现在已经好了"),
    # pets, debtors and found people
    ("*", "狗迷路了"),
    ("*", "欠钱的人失联了"),
    ("*", "老板跑路了 联系不上"),
    ("*", "房东联系不上 押金不退"),
    ("*", "孩子被奶奶带走了"),
    ("*", "迷路的老人在我这 有没有人认识"),
    ("*", "孩子找到了 谢谢大家 昨天跑丢了"),
    ("*", "孩子的作业本找了一下午没找着"),
    # banners planned, festive or gone
    ("*", "下周业主准备拉横幅抗议"),
    ("*", "开业典礼拉起横幅"),
    ("*", "昨天那帮人堵门讨说法 已经散了"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
