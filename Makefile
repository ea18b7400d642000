# Shortcuts for the commands in the README.
.PHONY: site test lint bench clean

site:           ## build the sample site into output/
	bash scripts/site.sh

test:           ## run every test
	bash scripts/test.sh

lint:           ## check the sample content without writing anything
	bash scripts/deps.sh
	swift run reviewsite lint

bench:          ## time build, lint and rebuild against cmark, hugo and cp on corpora A and B (make bench N=1000 CORPUS=both)
	N="$(N)" CORPUS="$(CORPUS)" bash scripts/bench/bench.sh

clean:
	rm -rf .build output
