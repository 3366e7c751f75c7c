package synth

import (
	"hash/fnv"
	"math/rand/v2"
	"strings"
)

// naming renames the seed's jurisdiction-specific names for another
// jurisdiction: 历下控股集团 becomes 市南控股集团, 济南古城… becomes 青岛古城…,
// street offices get the jurisdiction's own (synthetic) street names, and
// leaders get synthetic names. 区… department names stay as they are.
type naming struct {
	replacer *strings.Replacer
	units    map[string]string // seed unit name -> this jurisdiction's
	isStreet map[string]bool   // this jurisdiction's street office names
	leaders  []string          // by the model's leader rank
}

// defaultJurisdictions are the jurisdictions of a corpus, in order; more
// are made up when a corpus asks for more.
var defaultJurisdictions = []string{
	"济南市市中区", "青岛市市南区", "淄博市张店区", "烟台市芝罘区", "潍坊市奎文区",
	"济南市槐荫区", "青岛市李沧区", "济宁市任城区", "济南市天桥区", "临沂市兰山区",
}

// Jurisdictions returns n distinct district-level jurisdictions.
func Jurisdictions(n int) []string {
	out := make([]string, 0, n)
	for i := range n {
		if i < len(defaultJurisdictions) {
			out = append(out, defaultJurisdictions[i])
			continue
		}
		k := i - len(defaultJurisdictions)
		city := syntheticCities[k%len(syntheticCities)]
		stem := streetStems[(k/len(syntheticCities))%len(streetStems)]
		suffix := ""
		if round := k / (len(syntheticCities) * len(streetStems)); round > 0 {
			suffix = chineseNumber(round%99 + 1)
		}
		out = append(out, city+"市"+stem+suffix+"区")
	}
	return out
}

var syntheticCities = []string{"东州", "南阳湖", "西岭", "北川", "清源", "安平", "临河", "丰城"}

// streetStems are place names that read as bare street names in a
// shorthand list (no unit ending such as 局 or 园, no 区/市 prefix).
var streetStems = []string{
	"东风", "南湖", "西关", "北坦", "青年路", "人民路", "和平路", "建设路", "振兴", "光明",
	"新华", "长安", "金山", "银河", "翠湖", "桃源", "丰泽", "白鹤", "云龙", "松岭",
	"柳湖", "玉泉", "文华", "兴隆", "福山", "永安", "春晖", "清河", "望岳", "鹊华",
	"凤凰", "红旗", "胜利", "朝阳", "育英", "明珠", "临湖", "双泉", "涌泉", "燕山",
}

var (
	surnames = []rune("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段")
	given    = []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚英华文斌宇浩凯鹏辉琳晨雪峰波毅露曦梅海清航欣悦婷慧瑞岩松博健楠晓鑫睿哲远帆然彤蕾颖琦翔震昊")
)

// splitJurisdiction splits 济南市历下区 into the city 济南 and the short
// name 历下.
func splitJurisdiction(j string) (city, short string) {
	rest := j
	if i := strings.Index(j, "市"); i > 0 {
		city, rest = j[:i], j[i+len("市"):]
	}
	for _, suf := range []string{"区", "县", "市", "旗"} {
		if strings.HasSuffix(rest, suf) && len(rest) > len(suf) {
			return city, strings.TrimSuffix(rest, suf)
		}
	}
	return city, rest
}

func hashSeed(parts ...string) uint64 {
	h := fnv.New64a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

func newNaming(m *Model, spec Spec) naming {
	n := naming{units: map[string]string{}, isStreet: map[string]bool{}}
	seedCity, seedShort := splitJurisdiction(m.Seed.Jurisdiction)
	city, short := splitJurisdiction(spec.Jurisdiction)
	same := spec.Jurisdiction == m.Seed.Jurisdiction
	var pairs []string
	if !same && seedShort != "" {
		pairs = append(pairs, seedShort, short)
	}
	if !same && seedCity != "" && city != "" && seedCity != city {
		pairs = append(pairs, seedCity, city)
	}
	n.replacer = strings.NewReplacer(pairs...)

	// Streets: the jurisdiction's own stems, fixed by its name.
	rng := rand.New(rand.NewPCG(hashSeed("streets", spec.Jurisdiction), 1))
	stems := rng.Perm(len(streetStems))
	next := 0
	for _, u := range m.Units {
		name := n.replacer.Replace(u.Name)
		if u.Kind == "street" && strings.HasSuffix(u.Name, streetSuffix) {
			if !same {
				name = streetStems[stems[next%len(stems)]] + streetSuffix
				next++
			}
			n.isStreet[name] = true
		}
		n.units[u.Name] = name
	}

	// Leaders: each rank serves five-year terms, staggered by rank, so that
	// a jurisdiction's roster changes gradually from year to year.
	// Synthetic names never repeat the seed's real ones.
	taken := map[string]bool{}
	for _, l := range m.Leaders {
		taken[l.Name] = true
	}
	for r, l := range m.Leaders {
		if l.Placeholder {
			n.leaders = append(n.leaders, l.Name)
			continue
		}
		term := (spec.Year + r) / 5
		lr := rand.New(rand.NewPCG(hashSeed("leader", spec.Jurisdiction), uint64(r)<<32|uint64(term)))
		for {
			name := string(surnames[lr.IntN(len(surnames))]) + string(given[lr.IntN(len(given))])
			if lr.IntN(2) == 0 {
				name += string(given[lr.IntN(len(given))])
			}
			if !taken[name] {
				taken[name] = true
				n.leaders = append(n.leaders, name)
				break
			}
		}
	}
	return n
}

// text renames the seed's jurisdiction in prose.
func (n naming) text(s string) string { return n.replacer.Replace(s) }

// unit is a unit's name in this jurisdiction.
func (n naming) unit(u UnitStat) string {
	if name, ok := n.units[u.Name]; ok {
		return name
	}
	return n.replacer.Replace(u.Name)
}
