// zlib from Debian's zlib1g-dev: inflate for PDF streams and DOCX (zip) entries.
#include <zlib.h>
