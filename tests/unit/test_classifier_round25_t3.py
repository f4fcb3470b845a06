"""Round 25 (t3): danger on the road said plainly, under-stated, by voice and in regional speech.

Every urgent sentence below was missed by the rules before this round. Urgent: a driver
slumped over the wheel or on the seat, or fallen at the wheel (开着开着就倒了); a child or a
confused old man on foot on an expressway, a ring road or among the lanes, or a child running
out into the road; a car with nobody in it rolling down a slope (自己溜下来了, 没拉手刹); a car
driven at people on purpose, chasing an e-bike to ram it, or a drunk driver weaving onto the
pavement; a car crashed into a shop with people inside; a car in a fish pond, a ditch or a
river (冲落河), hanging off a bridge rail or stuck on a level crossing; people drawn under a
lorry, under the wheels, pinned by a tractor's trailer, dragged along by a lorry or thrown
from a motorbike; hit by a car said the south-western and Cantonese way (遭车撞, 畀车撞) and
with voice slips (车壮了, 车撵了); loads (steel pipes, steel plate, rebar, boxes) sliding off
lorries onto people and cars; someone lying in a traffic lane; a child behind a reversing car.

Calm: a driver asleep or resting, a driver who did not react in time, an old man at a
motorway service area, a learner rolling back at a hill start, a handbrake on, a scrape with
nobody hurt, an accident followed up weeks later, a car through a car-park barrier, a spilt
load swept up, a car parked next to the railway, a car on a tow truck, a toy car.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # a driver slumped at the wheel
    ("*", "红绿灯那辆车停了两个绿灯都没走 司机歪在座位上"),
    ("*", "出租车司机开着开着就倒了 车撞到路边"),
    ("*", "公交司机开到一半人倒了 车横在路中间"),
    # children and old people on foot in fast traffic
    ("*", "一个小娃在快速路中间跑 车子嗖嗖的"),
    ("*", "有个老太太在环路上逆着车走 大车都按喇叭"),
    ("*", "一个老头在高速应急车道上走 说要回家"),
    ("*", "高架上有个小孩在车道中间走 车子嗖嗖的过"),
    ("*", "环线上一个老头在车流里走来走去"),
    ("*", "有个老人家在国道中间溜达 大车都按喇叭"),
    ("*", "快速路上一个娃娃乱跑 没大人"),
    ("*", "有个娃儿在高速上走 说找他妈"),
    ("traffic", "娃娃跑到马路上去了 车好多"),
    # a car rolling with nobody in it
    ("traffic", "坡上一辆车自己溜下来了 里面没人 朝着菜市场去了"),
    ("traffic", "一辆面包车没拉手刹 自己往坡下溜 下面是幼儿园"),
    ("traffic", "三轮车自己往后滑 下面有人在干活"),
    ("traffic", "停在坡上的货车自个儿溜下去了 里头没人"),
    ("traffic", "那个车自己溜坡 朝着人群去了"),
    # driven at people, road rage
    ("*", "有人开车故意往人群里撞"),
    ("*", "有人开车追着一辆电动车撞"),
    ("*", "醉驾的 车开得东倒西歪 往人行道上冲"),
    ("*", "一个男的开着车往人堆里冲"),
    ("*", "喝醉了开车东倒西歪 往路边人身上冲"),
    # into a shop, into water, off a bridge, on the rails
    ("traffic", "一辆车撞进小卖部 里面有人"),
    ("traffic", "一辆车冲进鱼塘了 咕嘟咕嘟冒泡"),
    ("traffic", "部车冲落河了 仲有人喺车度"),
    ("*", "车子吊在桥栏杆上 一半在空中"),
    ("*", "车子一半在空中 挂在桥栏杆上晃"),
    ("traffic", "一辆小车卡在铁道口 栏杆放下来了"),
    ("traffic", "拖拉机熄火在铁道口 推不动"),
    ("traffic", "一辆车停在铁轨上 火车来了"),
    ("*", "农用车从坡上翻下去了 还没看到人上来"),
    # drawn under, pinned, dragged, thrown
    ("traffic", "渣土车转弯 骑车的大爷被带进去了"),
    ("traffic", "老人被车撵了 脚在轮子下头"),
    ("traffic", "三轮车上老人的腿卷到轮子里了 出不来"),
    ("*", "小孩被拖拉机的后斗夹住了"),
    ("traffic", "大货车挂着一辆电动车跑了好远"),
    ("traffic", "摩托车把人甩出去老远 趴在路上"),
    ("traffic", "路边停的车后面有个小孩蹲着 车在倒"),
    ("traffic", "有个醉鬼躺在车道上 天黑看不清"),
    # hit by a car, said the regional way and by voice input
    ("traffic", "娃儿在车库里头遭车碾了"),
    ("traffic", "屋头老人家骑电三轮遭车撞了 躺起没动"),
    ("traffic", "电动车被大车壮了 人在地上"),
    # loads off lorries
    ("traffic", "前面那个货车上的钢管滑下来砸到一辆小车"),
    ("*", "车斗上的钢板有点晃 已经掉了两块下来 底下都是人"),
    ("traffic", "拉钢筋的车 钢筋甩出来戳进后面车里"),
    ("*", "货车上的箱子一路往下掉 砸到后面的摩托"),
]

CALM = [
    # asleep or resting at the wheel, slow to react
    ("*", "司机趴在方向盘上睡觉 打呼噜"),
    ("*", "出租车司机在车里休息 歪在座位上眯一会"),
    ("*", "开车的大哥没反应过来 把后视镜刮了"),
    ("*", "司机在车里睡觉 打呼噜 车窗开着"),
    # old people and children near roads, safely
    ("*", "老人在高速服务区走走 坐大巴回老家"),
    ("*", "孩子坐车在高速上堵车了 问什么时候通"),
    ("*", "老人在马路边散步 走得很慢 车不多"),
    # a car that rolled a little, or did not
    ("*", "驾校练坡道起步 车往后溜了一点"),
    ("*", "车停在坡上 手刹拉好了 没溜"),
    ("*", "停车场一辆车没拉手刹 溜了一点 撞到柱子停住了 车里没人也没伤人"),
    # scrapes and accidents over
    ("*", "电动车被车刮了一下 人没事 自己走了"),
    ("*", "上周我爸给车撞了 现在出院了 问保险怎么报"),
    ("*", "小车撞进了停车场的栏杆 没人受伤"),
    ("*", "车掉进沟里了 没人受伤 等拖车"),
    ("*", "翻车的事已经处理完了 拖车拖走了"),
    ("*", "路口有辆车轻微剐蹭 双方在等交警 没人受伤"),
    # loads, rails, bridges, toys
    ("*", "货车上掉下来一箱苹果 捡起来了"),
    ("*", "渣土车半夜过 土掉了一路 要扫"),
    ("*", "车子停在铁道边上 火车站门口好多车"),
    ("*", "车挂在拖车上 一半在空中 拖去修理厂"),
    ("*", "孩子玩具车卷到床底下了"),
    ("*", "修车铺把车架起来 师傅在底下修"),
    ("*", "有人开车追着收费员问路"),
    ("*", "货车车斗上的货堆得老高 怕会掉下来"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
