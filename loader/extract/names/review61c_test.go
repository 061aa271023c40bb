package names

import "testing"

// A reporting clause after a comma ("..., the retailer said", "...,
// ha spiegato il rivenditore") is no apposition: the company noun in it
// is the subject of "said", not a description of the word before the
// comma. "online" is an adverb in both texts, never a company.
func TestReview61cOnlineBeforeAReportingClause(t *testing.T) {
	noCompanyInAny(t, "online",
		docOf("en", "Veltraco sells its furniture mainly online, the retailer said on Tuesday. Quorvex agreed to buy Veltraco for $2 billion."),
		docOf("it", "Veltraco vende i suoi mobili soprattutto online, ha spiegato il rivenditore. Quorvex ha accettato di acquistare Veltraco per 2 miliardi di dollari."))
}

// The older description in one language ("il rivenditore online di
// moda Veltraco": "online" after a kind of company, before "di") and a
// reporting clause in the other make two: "online" is still an
// adverb/adjective, no company.
func TestReview61cOnlineDescribedOnceAndReportedOnce(t *testing.T) {
	noCompanyInAny(t, "online",
		docOf("en", "Veltraco sells its clothes only online, the retailer said. Quorvex agreed to buy Veltraco for $2 billion."),
		docOf("it", "Quorvex ha accettato di acquistare il rivenditore online di moda Veltraco per 2 miliardi di dollari."))
}

// A product word before a comma and the maker's reporting clause
// ("40 million smartphones, the handset maker said", "40 millions de
// smartphones, a indiqué le constructeur"): the smartphones are what
// Kravlo sold, no company.
func TestReview61cProductBeforeTheMakerSaid(t *testing.T) {
	noCompanyInAny(t, "smartphones",
		docOf("en", "Kravlo shipped 40 million smartphones, the handset maker said. Quorvex agreed to buy Kravlo for $3 billion."),
		docOf("fr", "Kravlo a vendu 40 millions de smartphones, a indiqué le constructeur chinois. Quorvex va racheter Kravlo pour 3 milliards de dollars."))
	noCompanyInAny(t, "tablet",
		docOf("en", "Kravlo will stop making the tablet, the device maker said. Quorvex agreed to buy Kravlo for $3 billion."),
		docOf("it", "Kravlo smetterà di produrre il tablet, ha detto il produttore. Quorvex ha accettato di acquistare Kravlo per 3 miliardi di dollari."))
}

// The company noun after the comma belongs to another, named company
// ("its parent Quorvex said", "ha detto la controllante Quorvex"): it
// describes Quorvex, not "hardware", which is what Kravlo makes.
func TestReview61cWordBeforeSomeoneElsesApposition(t *testing.T) {
	noCompanyInAny(t, "hardware",
		docOf("en", "Kravlo will keep making hardware, its parent Quorvex said. Quorvex agreed to sell Kravlo to Veltraco."),
		docOf("it", "Kravlo continuerà a produrre hardware, ha detto la controllante Quorvex. Quorvex ha accettato di vendere Kravlo a Veltraco."))
}

// A sector a deal is for ("to expand in esports, the games publisher
// said", "sus ventas en e-commerce, según la cadena") is no company.
func TestReview61cSectorBeforeAReportingClause(t *testing.T) {
	noCompanyInAny(t, "esports",
		docOf("en", "Quorvex bought Kravlo to expand in esports, the games publisher said."),
		docOf("es", "Quorvex compró Kravlo para crecer en los esports, explicó la editorial."))
	noCompanyInAny(t, "e-commerce",
		docOf("en", "Veltraco doubled its sales in e-commerce, the grocer said. Quorvex agreed to buy Veltraco for $2 billion."),
		docOf("es", "Veltraco duplicó sus ventas en e-commerce, según la cadena. Quorvex comprará Veltraco por 2.000 millones de dólares."))
}
