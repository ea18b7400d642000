# Shortcuts for the commands in the README.
.PHONY: site test lint clean

site:           ## build the sample site into output/
	bash scripts/site.sh

test:           ## run every test
	bash scripts/test.sh

lint:           ## check the sample content without writing anything
	bash scripts/deps.sh
	swift run reviewsite lint

clean:
	rm -rf .build output
