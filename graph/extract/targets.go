package extract

import (
	"strconv"
	"strings"

	"govgraph/graph"
)

// Target rules: a number with a measure unit (or %), its qualifier
// (左右, 以上, 余, 不少于 …) and the metric it measures.
var (
	measureUnits = words("万亿元", "万平方米", "平方米", "平方公里", "万亩", "亩", "亿元", "万元", "千元", "元", "万人次", "人次",
		"万人", "人", "万户", "户", "万家", "家", "个", "场", "座", "栋", "条", "处", "套", "公里", "千米", "米",
		"万吨", "吨", "辆", "所", "项", "次", "批", "名", "台", "件", "间", "张", "床", "份", "宗", "起", "倍",
		"万千瓦", "千瓦", "兆瓦", "万标箱", "标准箱", "小时", "分钟", "支", "只", "株", "万株", "棵", "亿", "万", "个百分点")
	preQualifiers  = words("不少于", "不低于", "不超过", "至少", "超过", "突破", "达到", "力争", "控制在", "约", "近", "达")
	postQualifiers = words("左右", "以上", "以内", "以下", "上下", "以上的")
	// Verbs that end a metric before its number: 地区生产总值增长6%.
	metricVerbs = words("增长", "下降", "提高", "增加", "减少", "达到", "突破", "超过", "新增", "实现", "完成", "控制在",
		"提升", "降低", "保持", "累计", "分别增长")
)

// findTargets returns the quantitative targets of a task text; the strings
// share the source's memory.
func findTargets(tx text) []graph.Target {
	t := tx.src
	var out []graph.Target
	for i := 0; i < len(t); i++ {
		if !isDigit(t[i]) || i > 0 && (isDigit(t[i-1]) || t[i-1] == '.' || t[i-1] == '第' || isLatin(t[i-1])) {
			continue
		}
		j, value := number(t, i)
		k := j
		maxValue := 0.0
		if k+1 < len(t) && strings.ContainsRune("-－~～—至", t[k]) && isDigit(t[k+1]) {
			k, maxValue = number(t, k+1)
		}
		qual := ""
		if k < len(t) && (t[k] == '余' || t[k] == '多') {
			qual = tx.str(k, k+1)
			k++
		}
		unit := ""
		switch {
		case k < len(t) && (t[k] == '%' || t[k] == '％'):
			unit = "%"
			k++
		default:
			if n := measureUnits.prefixAt(t, k, len(t)); n > 0 {
				unit = tx.str(k, k+n)
				k += n
			}
		}
		if unit == "" || k < len(t) && isLatin(t[k]) {
			i = j - 1
			continue
		}
		if n := postQualifiers.prefixAt(t, k, len(t)); n > 0 && qual == "" {
			qual = tx.str(k, k+n)
			k += n
		}
		// The clause around the number.
		cs := i
		for cs > 0 && !isClauseEnd(t[cs-1]) && !isOpen(t[cs-1]) {
			cs--
		}
		ce := k
		for ce < len(t) && !isClauseEnd(t[ce]) && !isClose(t[ce]) && !isOpen(t[ce]) {
			ce++
		}
		before := i
		if n := preQualifiers.suffixAt(t, cs, before); n > 0 {
			if qual == "" {
				qual = tx.str(before-n, before)
			}
			before -= n
		}
		bs, be := trim(t, cs, before, isSpace, func(r rune) bool { return isSpace(r) || r == '的' })
		if be > bs && t[be-1] == '等' {
			be = bs // 五大超高层等67栋: the list is not the metric
		}
		as, ae := trim(t, k, ce, func(r rune) bool { return isSpace(r) || r == '的' }, isSpace)
		if as == ae && ce < len(t) && t[ce] == '、' && ce+1 < len(t) && isDigit(t[ce+1]) {
			// 67栋、300万平方米高端楼宇建设: share the next item's metric.
			j, _ := number(t, ce+1)
			if n := measureUnits.prefixAt(t, j, len(t)); n > 0 {
				j += n
			}
			e2 := j
			for e2 < len(t) && !isClauseEnd(t[e2]) && !isClose(t[e2]) {
				e2++
			}
			as, ae = trim(t, j, e2, isSpace, isSpace)
		}
		ms, me := bs, be
		if hasContent(t, as, ae) && (be == bs || metricVerbs.suffixAt(t, bs, be) == 0) {
			ms, me = as, ae
		}
		metric := tx.str(ms, me)
		metric = strings.Trim(metric, "“”\"")
		if metric == "" {
			i = k - 1
			continue
		}
		out = append(out, graph.Target{Metric: metric, Value: value, Max: maxValue, Unit: unit, Qualifier: qual, Text: tx.str(cs, ce)})
		i = k - 1
	}
	return out
}

// number reads a decimal number at t[i:] (ASCII or full-width digits).
func number(t []rune, i int) (int, float64) {
	var b strings.Builder
	j := i
	for j < len(t) && (isDigit(t[j]) || (t[j] == '.' || t[j] == '．') && j+1 < len(t) && isDigit(t[j+1]) && !strings.Contains(b.String(), ".")) {
		if isDigit(t[j]) {
			b.WriteByte(byte('0' + digitValue(t[j])))
		} else {
			b.WriteByte('.')
		}
		j++
	}
	v, _ := strconv.ParseFloat(b.String(), 64)
	return j, v
}

func isLatin(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '&' }
