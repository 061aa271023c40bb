package deals

import (
	"testing"

	"dealwire/model"
)

// A company chosen "as its partner" after an apposition that tells what it
// is stays the partner when a later clause of the sentence has a deal word
// of its own that names no side ("stop ... selling bikes").
func TestPartnerChosenPastAppositionBesideAnotherDealWord(t *testing.T) {
	wantOne(t, model.Partnership, []langText{
		{"en", "Veltraco Inc on Tuesday picked Quorvex, the world's largest maker of motorcycles and scooters by volume, as its partner in India, a month after the U.S. company said it would stop manufacturing and selling bikes in the country on its own."},
		{"fr", "Veltraco a choisi mardi Quorvex, le premier fabricant mondial de motos et de scooters, comme partenaire en Inde, un mois après avoir annoncé qu'il cesserait de vendre ses motos dans le pays."},
	}, "Veltraco", "Quorvex")
}
