package perf

import (
	"bytes"
	"context"
	"fmt"

	"attache/reports/importing"
)

// comtradeHeader is the header of a UN Comtrade CSV download.
const comtradeHeader = "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc," +
	"flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode," +
	"classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc," +
	"mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty," +
	"isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue," +
	"legacyEstimationFlag,isReported,isAggregate\n"

// comtradeFile is a SYNTHETIC UN Comtrade download of rows values for Azerbaijan and the
// Republic of Korea: monthly, from January 1992, both reporters, exports and imports, the
// commodity total and the HS chapters, as the real download lays them out. The values are
// made up.
func comtradeFile(rows int) []byte {
	type side struct{ code, iso, desc string }
	sides := [2]side{{"31", "AZE", "Azerbaijan"}, {"410", "KOR", "Rep. of Korea"}}
	commodities := []string{"TOTAL"}
	for ch := 1; ch <= 97; ch++ {
		if ch != 77 { // HS has no chapter 77
			commodities = append(commodities, fmt.Sprintf("%02d", ch))
		}
	}
	var b bytes.Buffer
	b.Grow(rows * 260)
	b.WriteString(comtradeHeader)
	n := 0
	for month := 0; n < rows; month++ {
		y, m := 1992+month/12, month%12+1
		for r := range sides {
			rep, par := sides[r], sides[1-r]
			for _, flow := range [...]string{"X", "M"} {
				for i, cmd := range commodities {
					if n == rows {
						return b.Bytes()
					}
					value := 1000 + (n*7919)%9_000_000 + i
					cif, fob, desc := "", "", "Export"
					if flow == "M" {
						cif, desc = fmt.Sprint(value), "Import"
					} else {
						fob = fmt.Sprint(value)
					}
					fmt.Fprintf(&b, "C,M,%d%02d01,%d,%d,%d%02d,%s,%s,%s,%s,%s,%s,%s,%s,0,W00,World,H6,HS,False,%s,Commodity %s,2,True,"+
						"C00,TOTAL CPC,0,0,TOTAL MOT,-1,N/A,0,False,-1,N/A,0,False,0,False,0,False,%s,%s,%d,0,True,False\n",
						y, m, y, m, y, m, rep.code, rep.iso, rep.desc, flow, desc, par.code, par.iso, par.desc, cmd, cmd, cif, fob, value)
					n++
				}
			}
		}
	}
	return b.Bytes()
}

// importStage imports a Comtrade download into a new dataset for its pair, as
// `attache-cli import --new-pair AZE,KOR` does.
func importStage(ctx context.Context, file []byte) func() error {
	return func() error {
		_, err := importing.Import(ctx, nil, []importing.Input{{Name: "comtrade.csv", R: bytes.NewReader(file)}},
			importing.Options{NewPair: "AZE,KOR", Date: generated})
		return err
	}
}
