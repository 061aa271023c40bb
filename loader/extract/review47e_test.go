package extract

import "testing"

// Review of 9c4f4fe: a person's name of four given names and surnames
// that says something ("Juan Carlos García Sánchez said") is a person's.
func TestStop47Review6FourWordPersonNames(t *testing.T) {
	for _, text := range []string{
		"Veltraco agreed to buy Brindle for $40 million. Juan Carlos García Sánchez said the deal would close in March.",
		"Veltraco agreed to buy Brindle for $40 million. Mary Elizabeth Smith Jones said the deal would close in March.",
	} {
		noCompany(t, companiesIn(t, "en", text, "Veltraco", "Brindle"), "Juan Carlos García Sánchez", "Mary Elizabeth Smith Jones")
	}
}

// Review of b4d818f: a listed name opening with a digit is none inside a
// product's name or describing a noun ("an 8x8 sensor array", "the Nova
// 3i phone", "the 3i model").
func TestStop47Review6DigitNamesAsWords(t *testing.T) {
	for _, text := range []string{
		"Veltraco agreed to buy Brindle for $40 million. Brindle makes an 8x8 sensor array and 8x8 LED matrix boards.",
		"Veltraco agreed to buy Brindle for $40 million. Brindle sells the Nova 3i phone and the 3i model.",
	} {
		noCompany(t, companiesIn(t, "en", text, "Veltraco", "Brindle"), "8x8", "3i")
	}
}
