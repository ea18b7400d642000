# Shortcuts for the commands in the README.
.PHONY: site test lint bench clean theme install

site:           ## build the sample site into output/
	bash scripts/site.sh

test:           ## run every test
	bash scripts/test.sh

lint:           ## check the sample content without writing anything
	bash scripts/deps.sh
	swift run reviewsite lint

bench:          ## time build, lint and rebuild against cmark, hugo and cp on corpora A and B, C to F (spent: profiled), or G, the held-out one (make bench N=1000 CORPUS=both|c|d|e|f|g|all)
	N="$(N)" CORPUS="$(CORPUS)" bash scripts/bench/bench.sh

install:        ## release build with the Swift runtime linked in, installed with its man page (make install PREFIX=~/.local)
	bash scripts/install.sh "$(or $(PREFIX),/usr/local)"

theme:          ## regenerate the built-in copy of themes/default (after changing the theme)
	python3 scripts/embed-theme.py

clean:
	rm -rf .build output
