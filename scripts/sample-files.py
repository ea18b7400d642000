#!/usr/bin/env python3
"""Makes the sample site's fictional attachments and image (content/reviews/dhr-jo-2022/):
an overview report and an executive summary as small text PDFs, and a bar chart as a PNG.
Everything in them is fictional. The output is the same every run (no dates, no random
IDs), so the golden copy of the sample site does not change. Run from the repository root:

    python3 scripts/sample-files.py
"""
import os
import struct
import zlib

FOLDER = "content/reviews/dhr-jo-2022"
PUBLISHER = "Avonmere Community Safety Partnership"


def pdf(path, title, pages):
    """A PDF of text pages (Helvetica), with an Info dictionary naming only the partnership."""
    objects = []
    n = len(pages)
    kids = " ".join("%d 0 R" % (4 + i * 2) for i in range(n))
    objects.append("<< /Type /Catalog /Pages 2 0 R /Lang (en-GB) >>")
    objects.append("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n))
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + i * 2))
        ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
        for j, line in enumerate(lines):
            text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            size = "16" if j == 0 else "11"
            ops.append("/F1 %s Tf (%s) Tj T*" % (size, text))
        ops.append("ET")
        stream = "\n".join(ops)
        objects.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode("latin-1")), stream))
    info = len(objects) + 1
    objects.append("<< /Title (%s) /Author (%s) /Creator (ReviewSite sample-files.py) /Producer (ReviewSite sample-files.py) >>"
                   % (title, PUBLISHER))
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objects):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i + 1, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)).encode()
    for o in offsets:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, info, xref)).encode()
    with open(path, "wb") as f:
        f.write(out)


def png_chart(path, values, width=480, height=240):
    """A bar chart: one dark blue bar per value on a white ground with a grey baseline."""
    pixels = [[(255, 255, 255)] * width for _ in range(height)]
    top = max(values)
    bar, gap, left, base = 70, 40, 40, height - 30
    for i, v in enumerate(values):
        x0 = left + i * (bar + gap)
        h = int((base - 20) * v / top)
        for y in range(base - h, base):
            for x in range(x0, x0 + bar):
                pixels[y][x] = (29, 112, 184)
    for x in range(20, width - 20):
        pixels[base][x] = (80, 90, 95)
        pixels[base + 1][x] = (80, 90, 95)
    raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def main():
    os.makedirs(FOLDER, exist_ok=True)
    notice = "This is a fictional sample document made for the ReviewSite sample site."
    pdf(os.path.join(FOLDER, "overview-report.pdf"), "Overview report: DHR Jo (2022)", [
        ["Overview report: Domestic Homicide Review, Jo (2022)", "", PUBLISHER, "", notice, "",
         "Independent chair and author: Nadia Berrow", "",
         "1. Introduction", "",
         "1.1 This review examines the contact that local agencies had with Jo, her partner Lee",
         "and her son, Child 1, before Jo was killed by Lee in October 2022.",
         "1.2 Her family chose the name Jo for this report."],
        ["2. Key findings", "",
         "2.1 Coercive and controlling behaviour was not recognised by the agencies in contact with Jo.",
         "2.2 Jo was not asked about her relationship on her own.",
         "2.3 Information held by different agencies was not brought together.", "",
         "3. Recommendations", "",
         "3.1 Routine enquiry about domestic abuse in GP practices and the emergency department.",
         "3.2 Training on coercive control for frontline staff."],
    ])
    pdf(os.path.join(FOLDER, "executive-summary.pdf"), "Executive summary: DHR Jo (2022)", [
        ["Executive summary: Domestic Homicide Review, Jo (2022)", "", PUBLISHER, "", notice, "",
         "Jo was killed by her partner, Lee, in October 2022. The review found that Jo had been",
         "subject to coercive and controlling behaviour for at least three years, and that",
         "agencies saw parts of the picture but nobody saw the whole of it.", "",
         "The review makes six recommendations, and the partnership has agreed an action plan."],
    ])
    # Contacts before October 2022: GP 4, police 1, school 1, emergency department 1.
    png_chart(os.path.join(FOLDER, "contacts-chart.png"), [4, 1, 1, 1])


if __name__ == "__main__":
    main()
