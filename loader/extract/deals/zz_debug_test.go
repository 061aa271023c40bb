package deals

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	text := os.Getenv("DW_TEXT")
	if text == "" {
		t.Skip()
	}
	lang := os.Getenv("DW_LANG")
	s := sentence(text, strings.Split(os.Getenv("DW_COMP"), "|")...)
	_, ws := borrowWords(s.Tokens)
	show := func(name string, hs []hit) {
		var b []string
		for _, h := range hs {
			b = append(b, fmt.Sprintf("%s@%d:%v", ws.w[h.at], h.at, h.kind))
		}
		fmt.Println(name, b)
	}
	tr := appendHits(nil, typeTriggers, ws)
	show("hits", tr)
	tr = withoutHomographs(tr, ws, lang)
	show("homographs", tr)
	tr = withoutFalseStakes(tr, ws)
	show("falsestakes", tr)
	tr = withoutBuyerGroups(tr, ws)
	show("buyergroups", tr)
	tr = withoutTrade(tr, ws)
	show("trade", tr)
	tr = withFoundings(tr, ws)
	show("foundings", tr)
	s.Mentions = withoutVehicles(withoutOtherNames(withoutCoInvestors(withoutAdded(withoutSubjectApposition(bystanders(s.Mentions, s.Tokens), s.Tokens), s.Tokens), s.Tokens), s.Tokens), s.Tokens)
	fmt.Println("mentions", s.Mentions)
	ws.markNamed(s.Mentions)
	tr = withoutSecuringsOfNoCompany(tr, ws)
	show("securings", tr)
	tr = withoutCombinationsOfNoCompany(tr, ws)
	show("combinations", tr)
	tr = withoutGoodsSold(tr, ws)
	show("goodssold", tr)
	tr = withoutDistributingWhat(tr, ws)
	show("distributing", tr)
	tr = withoutTakingsOfOthers(tr, ws, s.Tokens)
	show("takingsofothers", tr)
	tr = withDistantBids(tr, ws)
	show("distantbids", tr)
	tr = withoutBuildsForNoOne(tr, ws)
	show("builds", tr)
	tr = withoutSelfListings(tr, ws)
	show("selflistings", tr)
	tr = withoutPickupsOfNoCompany(tr, ws)
	show("pickups", tr)
	tr = withoutRaisesFromNoOne(tr, ws, s.Tokens)
	show("raises", tr)
	tr = withoutAccountsSetApart(tr, ws)
	show("accounts", tr)
	tr = withoutFoundingsAlone(tr, ws, s.Tokens)
	show("foundingsalone", tr)
	tr = withoutStakesTakenByNoCompany(tr, ws)
	show("stakesbynoone", tr)
	tr = withoutAgreementsSigned(tr, ws)
	show("agreementssigned", tr)
	tr = withoutGerundsOfNoCompany(tr, ws)
	show("gerunds", tr)
	tr = withoutSalesUnderAgreements(tr, ws)
	show("salesunder", tr)
	tr = withMergerReviews(tr, ws)
	show("mergerreviews", tr)
	tr = withoutStakesOfNoCompany(tr, ws, s.Tokens)
	show("stakesofnoone", tr)
	tr = withoutControlOfNoCompany(tr, ws)
	show("control", tr)
	tr = withoutAlliancesToBuy(tr, ws)
	show("alliancestobuy", tr)
	hs := dropNamed(nil, tr, ws, s.Mentions, s.Tokens, lang)
	show("dropnamed", hs)
	for _, f := range Find(sentence(text, strings.Split(os.Getenv("DW_COMP"), "|")...), lang, "2024-03-05") {
		fmt.Printf("FOUND %v %v buyer=%q value=%v\n", f.Type, f.Parties, f.Buyer, f.Value)
	}
}
