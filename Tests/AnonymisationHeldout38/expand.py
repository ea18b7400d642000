import re,sys,pathlib
M={'nr':'names-register','tn':'titled-name','un':'undeclared-name','nhs':'nhs-number','ni':'ni-number','pc':'postcode','ph':'phone','em':'email','vr':'vehicle-registration','dob':'date-of-birth','ad':'address','sh':'social-handle','qi':'quasi-identifier'}
for p in pathlib.Path(sys.argv[1]).rglob('*'):
    if not p.is_file(): continue
    t=p.read_text(encoding='utf-8')
    n=re.sub(r'\[\[(nr|tn|un|nhs|ni|pc|ph|em|vr|dob|ad|sh|qi)(?=[:/!])',lambda m:'[['+M[m.group(1)],t)
    n=n.replace('{NBSP}','\u00a0')
    if n!=t: p.write_text(n,encoding='utf-8')
