package tui

import (
	"os"
	"path/filepath"
	"testing"

	"dealwire/model"
)

// fixtureCorpus is the seed articles with hand-set metadata, companies and
// deals. The seed texts come straight from loader/seeds (in the repo), not
// through the loader or extraction, so the goldens change only when this
// package does, not whenever cleaning or extraction improves.
func fixtureCorpus(t testing.TB) *model.Corpus {
	t.Helper()
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("..", "loader", "seeds", name))
		if err != nil {
			t.Fatalf("seed text: %v", err)
		}
		return string(b)
	}
	articles := []model.Article{
		{ID: "a0it", Path: "seeds/000_8f179d7dbde327a8.txt", Title: "Microsoft e Nokia si riuniscono per una nuova alleanza",
			Source: "Cloud Tech", Language: "it", Words: 355, Body: read("000_8f179d7dbde327a8.txt"),
			Companies: []string{"Microsoft", "Nokia", "Foxconn", "HMD Global", "T-Mobile"}},
		{ID: "a1bs", Path: "seeds/001_02b1cd610c763881.txt", Title: "Microsoft, Nokia collaborate once again after failed $7bn smartphone deal",
			Source: "Business-Standard", Author: "IANS", Published: "2019-11-06", Language: "en", Words: 336,
			URL:  "https://www.business-standard.com/article/technology/microsoft-nokia-collaborate-once-again-after-failed-7bn-smartphone-deal-119110600147_1.html",
			Body: read("001_02b1cd610c763881.txt"), Companies: []string{"Microsoft", "Nokia", "HMD Global"}},
		{ID: "a2gc", Path: "seeds/002_925fbd9d1ce491a7.txt", Title: "Microsoft and Nokia Once Again Reached a Strategic Cooperation",
			Source: "Gizchina", Author: "Argam Artashyan", Published: "2019-11-05", Language: "en", Words: 423,
			URL:  "https://www.gizchina.com/2019/11/05/microsoft-and-nokia-once-again-reached-a-strategic-cooperation/",
			Body: read("002_925fbd9d1ce491a7.txt"), Companies: []string{"Microsoft", "Nokia"}},
		{ID: "a3vb", Path: "seeds/003_c5d2b9b8f341d549.txt", Title: "Nokia signs patent and equipment deal with Xiaomi amid big push into China",
			Source: "VentureBeat", Language: "en", Words: 678, Body: read("003_c5d2b9b8f341d549.txt"),
			Companies: []string{"Nokia", "Xiaomi", "Microsoft"}},
		{ID: "a4xx", Path: "seeds/004_75316569db476b4f.txt", Language: "en", Words: 415,
			Body: read("004_75316569db476b4f.txt"), Companies: []string{"Nokia", "Xiaomi", "HMD Global"}},
	}
	companies := []model.Company{
		{Name: "Microsoft", Aliases: []string{"Microsoft", "Microsoft Corp"}, Mentions: 40},
		{Name: "Nokia", Aliases: []string{"Nokia", "Nokia Oyj"}, Mentions: 55},
		{Name: "HMD Global", Aliases: []string{"HMD Global", "HMD"}, Mentions: 5},
		{Name: "Foxconn", Aliases: []string{"Hon Hai", "Foxconn Technology Group"}, Mentions: 1},
		{Name: "Xiaomi", Aliases: []string{"Xiaomi"}, Mentions: 20},
		{Name: "T-Mobile", Aliases: []string{"T-Mobile"}, Mentions: 1},
	}
	usd := func(v float64) *model.Money { return &model.Money{Value: v, Currency: "USD"} }
	deals := []model.Deal{
		{ID: "d-acq", Type: model.Acquisition, Parties: []string{"Microsoft", "Nokia"}, Value: usd(7.2e9), Date: "2013-09",
			Status: model.Completed, Summary: "Microsoft buys Nokia's phone business",
			Sources: []model.Source{
				{Article: "a2gc", Evidence: "The latter announced at that time that it would acquire the Nokia smartphone business for $7.2 billion.", Value: usd(7.2e9), Date: "2013-09"},
				{Article: "a1bs", Evidence: "In 2014, Microsoft acquired Nokia's smartphone business.", Value: usd(7e9), Date: "2014"},
				{Article: "a0it", Evidence: "Sono trascorsi più di cinque anni dall'acquisizione sfortunata di $ 7 miliardi da parte di Microsoft del business degli smartphone Nokia, e ora le società stanno tornando a collaborare.", Value: usd(7e9)},
			}},
		{ID: "d-cloud", Type: model.Partnership, Parties: []string{"Microsoft", "Nokia"}, Date: "2019-11", Status: model.Announced,
			Sources: []model.Source{
				{Article: "a1bs", Evidence: "After a failed $7 billion acquisition of Nokia's smartphone business five years back, Microsoft has announced a strategic collaboration with the Finnish company to accelerate transformation and innovation across industries with Cloud, Artificial Intelligence (AI) and Internet of Things (IoT).", Date: "2019-11-05"},
			}},
		{ID: "d-div", Type: model.Divestiture, Parties: []string{"Microsoft", "HMD Global", "Foxconn"}, Value: usd(350e6), Date: "2016",
			Status: model.Completed, Sources: []model.Source{
				{Article: "a1bs", Evidence: "In 2016, Microsoft sold the Nokia smartphone business for $350 million to HMD Global which now sells Nokia-branded phones.", Value: usd(350e6), Date: "2016"},
			}},
		{ID: "d-lic", Type: model.Licensing, Parties: []string{"Xiaomi", "Nokia"}, Date: "2017", Status: model.Announced,
			Sources: []model.Source{
				{Article: "a3vb", Evidence: "The Chinese company will license Nokia’s mobile patents and purchase telecom equipment from the Finnish company for an undisclosed sum."},
				{Article: "a4xx", Evidence: "Therefore, the cooperation between Nokia and Xiaomi is going to be based on the mutual licensing of patents of both companies."},
			}},
		{ID: "d-5g", Type: model.Partnership, Parties: []string{"Nokia", "T-Mobile"}, Value: usd(3.5e9), Date: "2018", Status: model.Completed,
			Sources: []model.Source{{Article: "a0it", Evidence: "Negli ultimi anni ha svolto un ampio lavoro di pianificazione del 5G e nel 2018 ha formato una partnership di $ 3,5 miliardi con T-Mobile per accelerare la distribuzione della prossima generazione di tecnologia wireless.", Value: usd(3.5e9), Date: "2018"}}},
	}
	problems := []model.Problem{{Path: "news/broken.html", Error: "not valid UTF-8 and no charset declared"}}
	return model.NewCorpus("seeds", articles, companies, deals, problems)
}
