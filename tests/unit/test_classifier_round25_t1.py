"""Round 25 (t1): water, weather and structures, said the way people say them.

Every urgent sentence below was missed by the rules before this round. Urgent: water running
down through a ceiling light, a wire or a socket (水顺着灯往下流, 插座在滴水); a room so deep in
water that fish could live in it or it is over the kang (能养鱼, 没过炕沿, 屋头水可深了); water
pouring like a waterfall down a garage ramp; a bus stalled in a flooded underpass with passengers
on board; an underpass filling with someone asleep inside; people still on the river bed when the
dam upstream opens; a child washed into a drain; a vehicle stuck in a torrent; things swinging in
the wind over a road (花架被风吹得直摇, a tree with its roots lifting, a frame blown loose and
swinging at the fifth floor); roofing sheets and tiles flying; rocks rolling down onto a road or a
roof; plaster or earth falling off a wall with people below or asleep inside; a slope or retaining
wall sliding or oozing mud above homes; bricks hitting a stall; a tree fallen onto a house or a
car with someone inside; a canopy sagging under water over a market; a balcony leaning out over
people; a rusted-through bracket over a pavement; a broken power line on an iron fence with a
child nearby; a hole fallen through a floor; a soaked earth wall leaning where people sleep; a
road bed washed out under traffic; water rising fast in a basement or garage with people still
below, or trapping people (Cantonese: 水浸街, 仲有人喺下面); a basement door held shut by water;
someone on the rocks by the sea as the waves come over. Homophone slips (水管报了, 那棵书) and
south-western, northern and Cantonese wording are kept as typed.

Calm: a leak to be repaired, a drill, water already pumped out or receding, a forecast or a
question, a sign taken down, a tree already cleared, a warning line already up, a crack there for
years, dripping from an air-conditioner, a network cable down, a basement door with a cat behind
it, a past flood, a wave video.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("municipal_facility", "楼上水管报了 水顺着灯往下流 我家客厅都能养鱼了"),
    ("safety_hazard", "门口那棵书被风刮得歪了 根都翘起来了 底下还有人躲雨"),
    ("safety_hazard", "彩钢瓦屋顶被掀起来了 一片一片往下飞"),
    ("*", "坡上滚下来好多石头 把路堵了 有辆车被砸了"),
    ("*", "树倒了压在一辆车上 车里好像有人"),
    ("safety_hazard", "台风天 骑楼上面的墙皮一块块掉 底下还有阿婆在躲雨"),
    ("*", "山上的水冲下来 把路冲断了 一辆三轮车陷在里面"),
    ("safety_hazard", "楼上家里水漫出来 顺着电线往下淌 我家插座在滴水"),
    ("safety_hazard", "空调外机架子锈断了一边 斜着挂在那 下面是人行道"),
    ("safety_hazard", "城墙掉了一大块砖 砸到路边摊了"),
    ("*", "桥洞里水快满了 有个流浪汉还睡在里面"),
    ("safety_hazard", "楼上的花架被风吹得直摇 下面是小区主路"),
    ("safety_hazard", "雷劈了村头的大树 树干裂开倒在房子上了"),
    ("safety_hazard", "阳台整个往外倾 墙根的缝越来越宽 楼下在摆摊"),
    ("municipal_facility", "下穿通道积水 公交车开进去熄火了 车上有乘客"),
    ("safety_hazard", "雨下了一夜 后墙泡软了 一直往下掉土块 我妈还睡在那屋"),
    ("safety_hazard", "塔吊被风吹得转圈 吊钩在乱晃 下面是马路"),
    ("*", "菜市场顶棚积水太多 中间鼓下来了 底下还在卖菜"),
    ("municipal_facility", "地库坡道口水跟瀑布一样往下灌 下面还有车和人"),
    ("*", "上游放水了 河滩上还有好多人钓鱼烧烤"),
    ("*", "暴雨天 一个小孩被冲到排水沟里了"),
    ("*", "屋顶漏得像筛子 电灯在滴水 一家人还住在里面"),
    ("safety_hazard", "窗户框子被风吹脱了 挂在五楼外面 一摇一摇的"),
    ("municipal_facility", "咋整 屋里水老深了 都没过炕沿了 俺娘还在炕上"),
    ("safety_hazard", "卫生间的灯往下流水 楼上不知道咋了 敲门没人"),
    ("safety_hazard", "厨房吊灯里一直往下淌水 灯还亮着"),
    ("safety_hazard", "楼上发大水了 顺着电线往下流 我家电表箱湿透了"),
    ("municipal_facility", "屋头水可深了 老汉还睡在床上"),
    ("municipal_facility", "车库入口水哗哗往下流 车主还在下面挪车"),
    ("municipal_facility", "公交在涵洞里熄火了 车上还有十几个乘客"),
    ("*", "上游开闸了 河滩上还有一家人在露营"),
    ("*", "水库泄洪 河道里还有人在摸鱼"),
    ("*", "小孩在路边玩水被冲进排水沟了"),
    ("safety_hazard", "被风刮得直晃 下面就是马路 车来车往"),
    ("*", "那棵大树被风刮得根都翘起来了 对着幼儿园"),
    ("safety_hazard", "台风把铁皮吹得满天飞 路上还有人"),
    ("safety_hazard", "楼顶的瓦片被风刮得往下飞 楼下在摆摊"),
    ("safety_hazard", "堡坎在往下溜 下面是幼儿园"),
    ("safety_hazard", "河坎冒浑水 下方就是村子 还住着人"),
    ("safety_hazard", "瓷砖砸到水果摊了 摊主被吓坏了"),
    ("*", "阳台往外歪了 楼下还在晾衣服"),
    ("safety_hazard", "高压线断了一根 搭在铁栅栏上 小孩在旁边"),
    ("safety_hazard", "二楼楼板中间塌了个洞 人差点掉下去 下面是我家孩子房间"),
    ("safety_hazard", "院子的土墙泡了一夜 已经歪了 就靠在邻居家窗户上 里面睡着人"),
    ("municipal_facility", "路基被水掏空了 路面悬着 公交车还在过"),
    ("safety_hazard", "房子后面的山往下掉石头 打在屋顶上砰砰响"),
    ("*", "水把地下室门顶住了 我爸在里面出不来"),
    ("municipal_facility", "水浸街啦 楼下士多仲有个阿伯困住咗"),
    ("municipal_facility", "落大雨 地下车场啲水好快浸上嚟 仲有人喺下面"),
    ("*", "台风天有个人还在海边礁石上拍照 浪打上来了"),
]

CALM = [
    # a leak to repair, a drip from an air-conditioner or a street light
    ("*", "家里水管有点漏 滴滴答答的 想找物业修一下"),
    ("*", "空调外机往下滴水 滴到楼下阳台 协商一下"),
    ("*", "路灯往下滴水 是下雨淋的 没什么事"),
    ("*", "客厅想养鱼 问下小区能不能放鱼缸"),
    # drills, forecasts, questions, water gone
    ("*", "防汛演练 今天下午地下车库模拟进水 请住户配合"),
    ("*", "听说下周有台风 请问要不要提前加固广告牌"),
    ("*", "昨天那场雨地下车库进的水已经抽干了 就是地上有泥"),
    ("*", "地库坡道口已经用沙袋挡住了 没进去"),
    ("*", "地下车库的水涨上来了 车都挪走了 人都撤了"),
    ("*", "去年小区被淹 困住好几户 今年要提前准备"),
    ("*", "车在路口熄火了 乘客都下车了 等拖车"),
    ("*", "上游明天要开闸放水 提前通知河滩上的人撤离"),
    ("*", "饭店的污水被冲进排水沟了 臭得很"),
    # wind on laundry and leaves, things already made safe
    ("*", "被风吹得衣服乱晃 晾衣杆要加固"),
    ("*", "风吹得树叶直摇 挺凉快"),
    ("*", "广告牌被风吹歪了 下面已经拉了警戒线 没人过"),
    ("*", "空调架子锈断了一边 已经拆掉了"),
    ("*", "树倒在路上 已经锯开拉走了"),
    ("*", "雨棚有点往下坠 已经拉了警戒线 没人过"),
    ("*", "阳台有点往外歪 好几年了 想申请鉴定"),
    ("*", "院墙有点歪 一直这样 好几年了 想找人鉴定"),
    ("*", "楼上铲墙皮 灰往下掉 太吵"),
    ("*", "工地卸石头 车被砸了一个坑 是运输队的事 协商赔偿"),
    ("*", "后山有点滑坡 去年治理过了 现在没事"),
    # other things said with the same words
    ("*", "网线断了 搭在树上 麻烦联通来修一下"),
    ("*", "地下室门坏了 猫在里面出不来"),
    ("*", "海边浪很大 视频拍得挺好看"),
    ("*", "礁石上拍照的那几个人已经劝回来了"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
