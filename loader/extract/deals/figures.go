package deals

import (
	"strings"

	"dealwire/loader/extract/money"
	"dealwire/loader/extract/when"
)

// clauseText is the byte range of clause ci with the clauses before it
// that state no deal of their own ("In September 2013, Nokia sold ..."):
// where the clause's own date is told.
func clauseText(s Sentence, ws words, cs []clause, hits []hit, ci int) [2]int {
	from := cs[ci].from
	for k := ci - 1; k >= 0 && len(hitsIn(hits, cs[k])) == 0; k-- {
		from = cs[k].from
	}
	return [2]int{s.Tokens[ws.tok[from]].Start, s.Tokens[ws.tok[cs[ci].to-1]].End}
}

// dateOf is the first date told in the clause's range, else the
// sentence's first: a clause may tell its own deal's year ("and in 2006
// it bought ..."), or leave it to the sentence.
func dateOf(ds []when.Date, r [2]int) string {
	for _, d := range ds {
		if d.Start >= r[0] && d.Start < r[1] {
			return d.Value
		}
	}
	if len(ds) > 0 {
		return ds[0].Value
	}
	return ""
}

// minDealValue is the least amount read as a deal's price, in any currency.
const minDealValue = 100_000

// dealAmounts are the sums of money in a sentence that can be a deal's
// price: not per-share prices, revenues, charges, nor a conversion in
// brackets after another figure.
func dealAmounts(text, lang string) []money.Amount {
	var out []money.Amount
	prevEnd := -10
	for _, a := range money.Find(text, lang) {
		before := strings.ToLower(text[max(0, a.Start-40):a.Start])
		after := strings.ToLower(text[a.End:min(len(text), a.End+25)])
		conversion := a.Start-prevEnd <= 3 && strings.Contains(text[prevEnd:a.Start], "(")
		prevEnd = a.End
		// a price, a rate or a fee too small to buy a company: "a
		// conversion rate of Rs 70", "$9.99 a month"
		small := a.Value < minDealValue
		if conversion || small || perShare(after) || notPrice(before) {
			continue
		}
		out = append(out, a)
	}
	return out
}

func perShare(after string) bool {
	for _, p := range []string{"per share", "a share", "per azione", "por accion", "por acción", "pro aktie", "je aktie",
		"par action", "per aandeel", "por ação", "por acao", "each"} {
		if strings.HasPrefix(strings.TrimLeft(after, " ,"), p) {
			return true
		}
	}
	return false
}

func notPrice(before string) bool {
	for _, w := range []string{"revenue", "sales of", "turnover", "charge", "write-down", "writedown", "impairment",
		"loss of", "profit", "fatturato", "umsatz", "chiffre d'affaires", "ventas", "facturación", "omzet", "receita",
		// how a buyer pays is not what it pays
		"capital increase", "rights issue", "kapitalerhöhung", "aumento di capitale", "ampliación de capital",
		"augmentation de capital", "aumento de capital", "kapitaalverhoging", "bond issue", "bridge loan", "loan of",
		"financing", "financed", "finanziert", "finanziamento", "financiación", "financiará", "financement",
		"savings", "saving ", "cost cuts", "cost-cutting", "risparmi", "ahorro", "économies", "einsparung", "synergies", "sinergie", "sinergias", "synergien", "synergieen", "sinergias",
		"market value", "capitalization", "capitalisation", "capitalización", "debt of", "debt", "values ", "valuation",
		"valuing",
		// what a deal would cost if it failed, and what the companies are worth
		"break fee", "breakup fee", "break-up fee", "termination fee", "penalty", "compensation", "entschädigung",
		"indennizzo", "indemnización", "indemnizacion", "penalización", "penale", "penalità",
		"indemnité", "strafzahlung", "vertragsstrafe", "valore di borsa", "valore di mercato", "capitalizzazione",
		"valor de mercado", "valor bursátil", "valeur boursière", "börsenwert", "marktwert", "market cap"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}
