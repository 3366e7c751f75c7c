package extract

import "testing"

func TestJurisdictionOf(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"济南市历下区人民政府办公室", "济南市历下区"},
		{"2024年济南市历下区重点任务分解", "济南市历下区"},
		{"某市2023年重点工作任务清单", "某市"},
		{"中共临邑县委员会", "临邑县"},
		{"2024年市政府工作报告重点任务分工", ""},
		// 年度 is a year, not a place: no 度县.
		{"2025年度县政府目标责任书", ""},
		{"2025年度全县重点工作任务分解", ""},
		{"2025年度平阴县政府目标责任书", "平阴县"},
		{"全县2024年重点工作", ""},
	} {
		if got := jurisdictionOf(c.in); got != c.want {
			t.Errorf("jurisdictionOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
