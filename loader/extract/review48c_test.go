package extract

import (
	"slices"
	"testing"
)

// review48cCase is one article and the capitalised run in it that is no
// company, neither alone nor as a side of a deal.
type review48cCase struct {
	lang, body, not string
}

func review48cCheck(t *testing.T, cases []review48cCase) {
	t.Helper()
	review48cCheckIn(t, cases, "")
}

// everydayArticle writes, in lower case, the words the cases below
// capitalise: what any corpus of a few articles holds, and what tells
// "Export Controls" (everyday words) from "Enovation Controls" (a name).
const everydayArticle = "Regulators said an activist investor and an angel investor, with private investors, want export controls, price " +
	"controls and internal controls eased; rough diamonds, blood diamonds and natural diamonds sold near the airport terminals, " +
	"while bloomberg terminals showed dairy products and consumer products; public works and road works closed selected works."

// review48cCheckInCorpus is review48cCheck with each case read beside
// everydayArticle.
func review48cCheckInCorpus(t *testing.T, cases []review48cCase) {
	t.Helper()
	review48cCheckIn(t, cases, articleBreak+everydayArticle)
}

func review48cCheckIn(t *testing.T, cases []review48cCase, more string) {
	t.Helper()
	for _, c := range cases {
		cs, ds := extractAll(t, c.lang, c.body+more)
		if hasCompany(cs, c.not) {
			t.Errorf("%q: %s read as a company", c.body, c.not)
		}
		for _, d := range ds {
			if slices.Contains(d.Parties, c.not) {
				t.Errorf("%q: %s a side of the deal %q", c.body, c.not, d.Summary)
			}
		}
	}
}

// "Mills" is a common surname: after a given name ("Karen Mills", "Richard
// Mills") the run is a person, as before 'Mills' became a name word.
func TestReview48cMillsAfterAGivenNameIsAPerson(t *testing.T) {
	review48cCheck(t, []review48cCase{
		{"en", "Acme Corp hired Richard Mills as chief financial officer and agreed to buy Beta Holdings for $1 billion.", "Richard Mills"},
		{"en", "Karen Mills, a former official, said Acme Corp agreed to buy Beta Holdings for $1 billion.", "Karen Mills"},
		{"en", "Acme Corp chief executive Karen Mills agreed to buy Beta Holdings for $1 billion.", "Karen Mills"},
		{"en", "Acme Corp agreed to buy Beta Holdings for $1 billion, said David Mills, a partner at the firm.", "David Mills"},
		{"en", "Acme Corp agreed to buy Beta Holdings for $1 billion. Chief executive Sarah Mills said the deal would close in June.", "Sarah Mills"},
		{"fr", "Acme Corp a racheté Beta Holdings pour 1 milliard de dollars, a déclaré Karen Mills, analyste chez Gamma Bank.", "Karen Mills"},
		{"it", "Acme Corp ha acquisito Beta Holdings per 1 miliardo di dollari, ha detto Karen Mills, analista di Gamma Bank.", "Karen Mills"},
		{"es", "Acme Corp ha comprado Beta Holdings por 1.000 millones de dólares, según Karen Mills, analista de Gamma Bank.", "Karen Mills"},
	})
}

// A kind of investor opening a clause ("Activist Investors", "Angel
// Investors", "Private Investors") is a group of people, not a fund.
func TestReview48cKindsOfInvestorsAreNoFund(t *testing.T) {
	review48cCheckInCorpus(t, []review48cCase{
		{"en", "Activist Investors pushed Acme Corp to sell its chemicals unit to Beta Holdings for $2 billion.", "Activist Investors"},
		{"en", "Angel Investors backed the start-up, which Acme Corp agreed to buy for $50 million.", "Angel Investors"},
		// (not "… for $1 billion from Angel Investors": a side of a deal
		// named in everyday words is a company by design, as "sell its
		// sugar refining operations to American Sugar Refining")
		{"en", "Acme Corp agreed to buy Beta Holdings for $1 billion, a move Activist Investors welcomed.", "Activist Investors"},
		{"en", "Acme Corp agreed to buy Beta Holdings for $1 billion. Private Investors own 10%.", "Private Investors"},
		{"fr", "Acme Corp a racheté Beta Holdings pour 1 milliard de dollars. Les Activist Investors ont salué l'opération.", "Activist Investors"},
		{"es", "Acme Corp ha comprado Beta Holdings por 1.000 millones de dólares. Los Angel Investors vendieron sus acciones.", "Angel Investors"},
	})
}

// "Export Controls", "Price Controls", "Internal Controls" are rules, very
// common in deal news, and no company; nor do they buy anything.
func TestReview48cPolicyControlsAreNoCompany(t *testing.T) {
	review48cCheckInCorpus(t, []review48cCase{
		{"en", "Export Controls tightened as Acme Corp agreed to buy Beta Holdings for $1 billion.", "Export Controls"},
		{"en", "US Export Controls blocked Acme Corp's plan to buy Beta Holdings for $1 billion.", "US Export Controls"},
		{"en", "Acme Corp agreed to buy Beta Holdings for $1 billion despite new Export Controls.", "Export Controls"},
		{"en", "Acme Corp agreed to buy Beta Holdings for $1 billion, subject to Export Controls.", "Export Controls"},
		{"en", "Price Controls hurt Acme Corp, which agreed to sell its unit to Beta Holdings for $1 billion.", "Price Controls"},
		{"en", "Acme Corp agreed to buy Beta Holdings for $1 billion. Internal Controls were found lacking.", "Internal Controls"},
		{"de", "Acme Corp hat Beta Holdings für 1 Milliarde Dollar übernommen. Die US-Regierung verschärfte die Export Controls.", "Export Controls"},
	})
}

// "Public Works", "Road Works", a plant ("Port Talbot Steel Works") or a
// set of artworks ("Selected Works") is no company.
func TestReview48cWorksThatAreNoCompany(t *testing.T) {
	review48cCheckInCorpus(t, []review48cCase{
		{"en", "Public Works officials approved the plan after Acme Corp agreed to buy Beta Holdings for $1 billion.", "Public Works"},
		{"en", "Acme Corp agreed to buy Beta Holdings for $1 billion. Public Works will be affected.", "Public Works"},
		{"en", "Acme Corp agreed to buy Beta Holdings for $1 billion. Road Works closed the bridge.", "Road Works"},
		{"en", "Acme Corp agreed to buy Beta Holdings for $1 billion. Selected Works by Picasso were sold at auction.", "Selected Works"},
		{"en", "Acme Corp will close the Port Talbot Steel Works after agreeing to buy Beta Holdings for $1 billion.", "Port Talbot Steel Works"},
	})
}

// Goods ("Dairy Products", "Rough Diamonds", "Lab-Grown Diamonds"), a
// division named by its goods ("Consumer Products chief") and terminals
// ("Airport Terminals", "Bloomberg Terminals") are no companies.
func TestReview48cGoodsAndTerminalsAreNoCompany(t *testing.T) {
	review48cCheckInCorpus(t, []review48cCase{
		{"en", "Acme Corp agreed to buy Beta Holdings for $1 billion. Dairy Products are its biggest line.", "Dairy Products"},
		{"en", "Acme Corp agreed to buy Beta Holdings for $1 billion. Consumer Products chief Jane Doe will leave.", "Consumer Products"},
		{"en", "Rough Diamonds prices fell as Acme Corp agreed to buy Beta Holdings for $1 billion.", "Rough Diamonds"},
		{"en", "Acme Corp agreed to buy Beta Holdings for $1 billion. Blood Diamonds remain a concern.", "Blood Diamonds"},
		{"en", "Acme Corp agreed to buy Beta Holdings for $1 billion. Natural Diamonds are losing ground to Lab-Grown Diamonds.", "Natural Diamonds"},
		{"en", "Acme Corp agreed to buy Beta Holdings for $1 billion. Airport Terminals were crowded.", "Airport Terminals"},
		{"en", "Acme Corp agreed to buy Beta Holdings for $1 billion. Bloomberg Terminals showed the shares up 5%.", "Bloomberg Terminals"},
	})
}
