package extract

import (
	"errors"
	"testing"

	"dealwire/model"
)

// FuzzExtract feeds arbitrary text through the whole extraction: no text,
// however odd, may stop it (Extract turns a panic into a Failure, which
// this reports as a bug).
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Veltraco agreed to buy Quorvex for $2.5 billion.",
		"# Veltraco and Quorvex\n\nThe acquisition, it said, would close. It will pay €3bn for the jeweler.",
		"In 2013 Veltraco paid $21.6 billion for Quorvex, a deal, and in 2006 it bought Daxmoor's unit.",
		"Opel, rilevata da General Motors nel 2017, , which it bought ; the deals are",
		"Der Leverkusener Konzern zahlt 128 Dollar je Aktie, insgesamt 63 Milliarden Dollar.",
		", which , with , the partnership with",
		// the words of raising and founding, the lower-case and digit names
		// of stop 47, at the ends of sentences
		"Brindle raised $2 billion from Ostravel. raised $2 billion from. set up Quorvex with. with Ostravel's set up",
		"Veltraco set up jointly with. Veltraco and Brindle set up. the insurer esure from. mobile.de mobile.de 3i. 3i",
		"the carrier it set up in February with Hong Kong's First Eastern. through its Quorvex holding company",
		// the words of stop 56 at the ends and starts of sentences
		"Combined with. Quorvex, founded in, combined with. sells fresh. a bank with $75 billion in assets. Swiss franc",
		"Quorvex built a plant through Brindle, a joint venture with. Kanat Sanayi ve. Ofotens og. Troms Fylkes Dampskibsselskap (TFDS",
	} {
		f.Add(s, "en")
	}
	for _, s := range []string{
		"Quorvex si è assicurata. Brindle, che ne. Quorvex vende soprattutto. il contratto per la costruzione",
		"ha firmato con Quorvex il contratto per. si era assicurata il 97% di",
	} {
		f.Add(s, "it")
	}
	for _, s := range []string{
		"Veltraco cedió un 3%. aceptó venderla a Quorvex. recaudó 2.500 millones de dólares de. a través de su sociedad instrumental",
		"constituyó junto al fondo Ostravel, de Hong Kong, la aerolínea Quorvex. constituyó junto al",
	} {
		f.Add(s, "es")
	}
	for _, s := range []string{
		"hatte sich Quorvex die Mehrheit an. sicherte sich. gesichert. 2017 folgte der Zusammenschluss mit. eine gemeinsame Gesellschaft mit",
		"2014 übernahm Veltraco den Pumpenbauer Quorvex. 2016 folgte die Gießerei Daxmoor für 300 Millionen Dollar. Im selben Jahr folgte",
		"Im August 2020 übernahm es den Händler Quorvex, im Januar folgte der **Abodienst** Daxmoor, folgte",
		"Berlin, 3. März 2024 – Veltraco verkauft 16% an Quorvex. Bereits 1987 hatte es den Hersteller gekauft. hatte es",
		"Für den Spezialisten Quorvex zahlten die Norweger 2005 rund 2,45 Milliarden Dollar. Dafür zahlten die Essener 630 Millionen. Dafür zahlten",
		"hatte Brindle bei Ostravel 2,5 Milliarden Dollar eingesammelt. eingesammelt. zusammen mit dem Entsorger Ostravel die Firma gegründet",
	} {
		f.Add(s, "de")
	}
	f.Fuzz(func(t *testing.T, body, lang string) {
		arts := []model.Article{
			{ID: "a", Language: lang, Published: "2020-10-29", Body: body},
			{ID: "b", Language: "en", Body: "Veltraco Inc. agreed to buy Quorvex Corp. for $2 billion. " + body},
		}
		_, _, err := Extract(arts, Options{})
		var fail *Failure
		if errors.As(err, &fail) {
			t.Fatalf("extraction failed on %q: %v", body, err)
		}
	})
}
