package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

// A contract for a thing made, built or delivered is a supply deal, in
// any language and whoever is said to sign it ("ha cerrado un contrato
// con ... para la fabricación de"); an agreement to build is not (two
// companies often build together), nor a contract for work done jointly.
func TestContractForWorkIsSupply(t *testing.T) {
	wantOne(t, model.Supply, []langText{
		{"it", "Veltraco ha firmato ieri con Quorvex il contratto per la costruzione di HYLAS, il suo primo satellite per telecomunicazioni."},
		{"es", "Veltraco ha cerrado este martes un contrato en firme con Quorvex para la fabricación de HYLAS, un satélite híbrido."},
		{"fr", "Veltraco a conclu avec Quorvex un contrat pour la fourniture de 40 rames."},
		{"en", "Veltraco awarded Quorvex a contract for the construction of its new headquarters."},
	}, "Veltraco", "Quorvex")
	wantNoneOf(t, []string{model.Supply}, []langText{
		{"it", "Veltraco e Quorvex hanno firmato un accordo per la costruzione di un gasdotto."},
		{"en", "Veltraco signed a contract with Quorvex for the joint construction of a plant."},
	}, "Veltraco", "Quorvex")
}

// A company that secures a company for itself, a stake in it or its
// control buys it ("si era assicurata il 97% di", "hatte sich ... die
// Plattform Tiscover gesichert"); a stake of a tenth is an investment.
func TestSecuringACompanyBuysIt(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"it", "Tre anni e mezzo fa Veltraco si era già assicurata il 97% di Quorvex, la piattaforma turistica tirolese."},
		{"es", "En 2008 Veltraco se aseguró la mayoría de Quorvex."},
		{"fr", "En 2008, Veltraco s'est assuré le contrôle de Quorvex."},
		{"de", "2008 sicherte sich Veltraco die Mehrheit an Quorvex."},
		{"de", "Im März 2008 hatte sich der Konzern Veltraco auf der Reisemesse bereits die Tiroler Plattform Quorvex gesichert."},
		{"de", "Im Jahr 2014 hatte sich Veltraco die Mehrheit an der britischen Quorvex gesichert, um deren Wachstum zu finanzieren."},
	}, "Veltraco", "Quorvex")
	wantOne(t, model.Investment, []langText{
		{"de", "Der norwegische Energiekonzern Veltraco hat sich fast ein Zehntel am dänischen Windparkbetreiber Quorvex gesichert."},
	}, "Veltraco", "Quorvex")
}

// What a company secures is mostly no company: support, financing, a
// contract, control of a board.
func TestSecuringOtherThingsBuysNothing(t *testing.T) {
	wantNone(t, []langText{
		{"it", "Veltraco si è assicurata il sostegno di Quorvex."},
		{"it", "Veltraco si è assicurata la maggioranza dei voti in assemblea, davanti a Quorvex."},
		{"de", "Veltraco hat sich bei der Quorvex die Finanzierung gesichert."},
		{"de", "Veltraco hatte sich in einem Stimmrechtskampf die Kontrolle über den Vorstand gesichert, sagte Quorvex."},
		{"fr", "Veltraco s'est assuré le soutien des banques, a dit Quorvex."},
	}, "Veltraco", "Quorvex")
	wantNoneOf(t, []string{model.Acquisition, model.Investment}, []langText{
		{"es", "Veltraco se aseguró un contrato con Quorvex."},
	}, "Veltraco", "Quorvex")
}

// "combined with" merges a company named right before it with one named
// after it; most often it joins other things.
func TestCombinedWithMergesOnlyCompanies(t *testing.T) {
	wantOne(t, model.Merger, []langText{
		{"en", "Veltraco combined with Quorvex in 2005."},
		{"en", "Veltraco, founded in the UK, combined with the Nordic chain Quorvex in 2017, creating a business with 500 clinics."},
	}, "Veltraco", "Quorvex")
	wantNone(t, []langText{
		{"en", "Veltraco's strong sales combined with Quorvex's help lifted the shares."},
		{"en", "Veltraco combined with Quorvex's cash gives a big group."},
		{"en", "Cost cuts combined with higher prices lifted margins at Veltraco and Quorvex."},
		{"en", "Combined with Quorvex, Veltraco would lead the market."},
	}, "Veltraco", "Quorvex")
}

// What a company sells day to day, goods with no article and no buyer
// named, is no sale of a business; a business, shares or a buyer named
// keep the sale.
func TestGoodsSoldAreNoSale(t *testing.T) {
	wantNone(t, []langText{
		{"fr", "Quorvex est surtout présente dans le fromage, alors que la filiale Veltraco vend avant tout du lait frais aux grandes surfaces."},
		{"en", "Quorvex is mostly in cheese, while Veltraco sells fresh milk to supermarkets."},
		{"it", "Quorvex è nel formaggio, mentre Veltraco vende soprattutto latte fresco alla grande distribuzione."},
	}, "Veltraco", "Quorvex")
	wantOne(t, model.Divestiture, []langText{
		{"en", "Veltraco sells its cheese unit to Quorvex."},
		{"en", "Veltraco sells dairy unit to Quorvex"},
		{"fr", "Veltraco vend la filiale à Quorvex."},
		{"de", "Veltraco verkauft Ferngasnetz für 3,2 Milliarden Euro an Quorvex"},
	}, "Veltraco", "Quorvex")
}

// A venture named beside its word, with one partner after "with", is the
// venture of that partner and of the company the sentence opens with.
func TestVentureOfTheSubjectAndItsPartner(t *testing.T) {
	got := Find(sentence("Veltraco built its first blade plant in Ciudad Juárez, Mexico, in 2002 through Brindle, a joint venture with Quorvex, and it has since opened factories in Iowa.", "Veltraco", "Brindle", "Quorvex"), "en", "")
	if len(got) != 1 || got[0].Type != model.JointVenture || !slices.Contains(got[0].Parties, "Veltraco") || !slices.Contains(got[0].Parties, "Quorvex") {
		t.Errorf("%+v, want Veltraco's venture with Quorvex", got)
	}
	got = Find(sentence("In a deal with Daxmoor, Veltraco formed Brindle, a joint venture with Quorvex.", "Daxmoor", "Veltraco", "Brindle", "Quorvex"), "en", "")
	for _, f := range got {
		if f.Type == model.JointVenture && slices.Contains(f.Parties, "Daxmoor") {
			t.Errorf("%+v: a company after a preposition is no partner", f)
		}
	}
}

// A relative clause whose clitic takes a part of a company ("che ne aveva
// rilevato la maggioranza", "qui en a pris 60 %") takes it of the
// sentence's subject; English, which says no whose, is left as it was.
func TestCliticPartOfTheSubject(t *testing.T) {
	for _, c := range []langText{
		{"it", "La britannica Quorvex era finita nel 2014 sotto il controllo di Veltraco, che ne aveva rilevato la maggioranza per finanziarne la crescita."},
		{"fr", "Quorvex est passé sous le contrôle de Veltraco, qui en a pris 60 % en 2014."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Type != model.Acquisition || !slices.Contains(got[0].Parties, "Quorvex") || !slices.Contains(got[0].Parties, "Veltraco") {
			t.Errorf("%s: %+v, want Veltraco buying Quorvex", c.lang, got)
		}
	}
	got := Find(sentence("Veltraco put its travel unit into a joint venture with an investor group led by Quorvex, which will invest $900 million for a 50 percent stake.", "Veltraco", "Quorvex"), "en", "")
	for _, f := range got {
		if f.Type == model.Investment {
			t.Errorf("%+v: the venture's stake read as one in Veltraco", f)
		}
	}
}

// A company owned jointly with another is a joint venture, in English and
// German words too ("a jointly owned company with", "eine gemeinsame
// Gesellschaft mit").
func TestJointlyOwnedCompanyIsAVenture(t *testing.T) {
	wantOne(t, model.JointVenture, []langText{
		{"en", "In 2008 Veltraco placed the Platinum Explorer, then under construction, in a jointly owned company with Taiwanese shipowner Quorvex."},
		{"de", "2008 brachte Veltraco das Bohrschiff in eine gemeinsame Gesellschaft mit der Reederei Quorvex ein."},
	}, "Veltraco", "Quorvex")
}

// Money paid for a lost arbitration or a lawsuit buys nothing; a price
// paid for a company still does.
func TestDisputePaidIsNoPurchase(t *testing.T) {
	wantNone(t, []langText{
		{"en", "Its finances had been bolstered in 2019, when Quorvex paid Veltraco more than $700 million after losing an arbitration over a cancelled drilling contract."},
		{"it", "Quorvex ha pagato a Veltraco 200 milioni di euro di risarcimento."},
	}, "Veltraco", "Quorvex")
	wantOne(t, model.Acquisition, []langText{
		{"en", "Quorvex paid $700 million for Veltraco in 2019."},
	}, "Veltraco", "Quorvex")
}

// A company's size after an amount ("in assets", "Bilanzsumme") is no
// price; assets sold ("$2 billion of assets") are no size.
func TestSizeInAssetsIsNoPrice(t *testing.T) {
	for _, c := range []langText{
		{"en", "Veltraco and Quorvex agreed to combine in an all-stock merger of equals, creating a bank with about $75 billion in assets."},
		{"de", "Veltraco und Quorvex fusionieren per Aktientausch – eine Bank mit 75 Milliarden Dollar Bilanzsumme entsteht"},
	} {
		if got := dealAmounts(c.text, c.lang); len(got) != 0 {
			t.Errorf("%s: prices %+v, want none", c.lang, got)
		}
	}
	if earned(" of assets to Quorvex") {
		t.Error("assets sold read as a company's size")
	}
}
