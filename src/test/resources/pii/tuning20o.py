"""Development corpus tuning20o: precision on technical and business documents.

Hard negatives: changelogs, dependency files, manifests, documentation IPs, tracking and order
numbers, hashes, placeholders, brand and place names, citations, test card numbers and the like.
Positives: tickets, logs, configs, exports, HR records, invoices, commit logs and chats carrying
invented personal data.

Inline markup is written as [[T:value]] (T one of E P C I S IP MAC U K N A D ID) and turned into
m(TYPE, value) by mk(). Check digits are computed here, never typed:
  [[C:4539 1488 0343 670?]]        -> the '?' becomes the Luhn digit
  [[I:DE?? 3704 0044 0532 0130 00]] -> the '??' become the ISO 7064 mod-97 check digits
  [[ID:dni:48213377]] and the like  -> national ID check characters (see IDF)
"""
import re

from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m, luhn, iban_ok

TY = {"E": E, "P": P, "C": C, "I": I, "S": S, "IP": IP, "MAC": MAC, "U": U, "K": K, "N": N, "A": A, "D": D,
      "ID": ID}
PAT = re.compile(r"\[\[(E|P|C|IP|I|S|MAC|U|K|N|A|D|ID):(.*?)\]\]", re.S)
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "NL": 18, "PT": 25, "IT": 27, "PL": 28, "SE": 24, "GB": 22, "BE": 16,
            "CH": 21, "AT": 20, "IE": 22, "LU": 20, "DK": 18, "FI": 18, "NO": 15}


def card(v):
    """'4539 1488 0343 670?' -> the same with '?' replaced by the Luhn check digit."""
    for d in "0123456789":
        w = v.replace("?", d)
        if luhn(w):
            return w
    raise AssertionError(v)


def iban(v):
    """'DE?? 3704 ...' -> the same with '??' replaced by the mod-97 check digits."""
    cc = v[:2]
    bban = v[4:].replace(" ", "")
    assert len(bban) + 4 == IBAN_LEN[cc], v
    num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    w = v[:2] + "%02d" % (98 - num % 97) + v[4:]
    assert iban_ok(w), w
    return w


def bad_iban(v):
    """An IBAN-shaped string whose check digits are wrong (for validation-error logs)."""
    assert not iban_ok(v), v
    return v


def dni(v):
    return v + "TRWAGMYFPDXBNJZSQVHLCKE"[int(v) % 23]


def nie(v):
    # X/Y/Z prefix counts as 0/1/2
    n = int("XYZ".index(v[0]).__str__() + v[1:])
    return v + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def bsn(v):
    d = [int(x) for x in v]
    s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
    r = s % 11
    assert r != 10, v
    return v + str(r)


def pesel(v):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(x) * y for x, y in zip(v, w))
    return v + str((10 - s % 10) % 10)


def pnr(v):
    """'850312-123' -> Swedish personnummer with its Luhn digit."""
    digits = v.replace("-", "").replace("+", "")
    for d in "0123456789":
        if luhn(digits + d):
            return v + d
    raise AssertionError(v)


def nir(v):
    """'2 91 07 75 114 032' -> French NIR with its two-digit key."""
    n = int(v.replace(" ", ""))
    return "%s %02d" % (v, 97 - n % 97)


def nif_pt(v):
    s = sum(int(x) * w for x, w in zip(v, range(9, 1, -1)))
    r = s % 11
    return v + str(0 if r < 2 else 11 - r)


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                   12, 14, 16, 10, 22, 25, 24, 23]))


def cf(v):
    """Italian codice fiscale: 15 characters -> with the check letter."""
    s = 0
    for i, ch in enumerate(v):
        if i % 2 == 0:
            s += CF_ODD[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return v + chr(65 + s % 26)


def aba(v):
    """Eight digits -> ABA routing number with its check digit (institutions only, for negatives)."""
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(x) * y for x, y in zip(v, w))
    return v + str((10 - s % 10) % 10)


def luhn_id(v):
    """'046 454 28?' -> the '?' replaced by the Luhn digit (Canadian SIN and the like)."""
    return card(v)


def cpf(v):
    """'482.913.770' -> Brazilian CPF with its two check digits."""
    d = [int(x) for x in v.replace(".", "")]
    for n in (10, 11):
        r = sum(x * w for x, w in zip(d, range(n, 1, -1))) * 10 % 11 % 10
        d.append(r)
    return "%s-%d%d" % (v, d[-2], d[-1])


def pl_id(v):
    """'ABS 18822' -> Polish identity card series and number with the check digit in fourth place."""
    series, num = v.split(" ")
    vals = [int(ch, 36) for ch in series] + [int(x) for x in num]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    s = sum(x * y for x, y in zip(vals, w))
    chk = (-s * 9) % 10
    out = series + str(chk) + num
    full = [int(ch, 36) for ch in out]
    assert sum(x * y for x, y in zip(full, [7, 3, 1, 9, 7, 3, 1, 7, 3])) % 10 == 0, out
    return out


IDF = {"cpf": cpf, "plid": pl_id, "luhn": luhn_id, "dni": dni, "nie": nie, "bsn": bsn, "pesel": pesel, "pnr": pnr, "nir": nir, "nifpt": nif_pt, "cf": cf}


def conv(mo):
    t, v = mo.group(1), mo.group(2)
    if t == "C" and "?" in v:
        v = card(v)
    elif t == "I" and v[2:4] == "??":
        v = iban(v)
    elif t == "ID" and ":" in v and v.split(":", 1)[0] in IDF:
        fn, arg = v.split(":", 1)
        v = IDF[fn](arg)
    assert v and v == v.strip(), (t, v)
    return m(TY[t], v)


def mk(text):
    out = PAT.sub(conv, text)
    assert "[[" not in out or not re.search(r"\[\[[A-Z]+:", out), out
    return out


cases = []


def neg(kind, lang, text):
    out = mk(text)
    assert "\u27e6" not in out, text
    cases.append((kind, lang, True, out.strip("\n")))


def pos(kind, lang, text):
    out = mk(text)
    assert "\u27e6" in out, text
    cases.append((kind, lang, False, out.strip("\n")))


# ---------------------------------------------------------------------------------------------
# Hard negatives, English
# ---------------------------------------------------------------------------------------------
neg("changelog", "en", """
# Changelog

## [4.2.0.118] - 2024-03-14
### Fixed
- Connection pool no longer leaks handles when `maxIdle` is 0 (#2291)
- Build 4.2.0.117 shipped a stale `libcrypto` (1.1.1w); now linked against 3.0.13
- Corrected the example in section 3.2.1.4 of the admin guide

### Changed
- Minimum supported runtime is now 17.0.9; 11.0.21 is deprecated
- Default timeout raised from 30 s to 45 s

## [4.1.9.2] - 2024-01-22
- Hotfix for regression introduced in 4.1.9.0 (see commit 9f3c2ab)
""")

neg("release_notes", "en", """
Release Notes - Windows Imaging Toolkit 2.7

Tested platforms
  * Windows 10 22H2, build 10.0.19045.3803
  * Windows 11 23H2, build 10.0.22631.2861
  * Windows Server 2022, build 10.0.20348.2159

Known issues
  * KB5033372 must be installed before upgrading from 2.6.4.11.
  * On build 10.0.19044.3086 the WIM mount may fail with 0x80070005.

Package checksum (SHA-256):
  6f1e2c9a0b7d4e3f8a5c1b2d9e0f7a6c3b4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f
""")

neg("code", "en", r"""
// Properties/AssemblyInfo.cs
using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("Contoso.Billing.Core")]
[assembly: AssemblyCompany("Contoso Ltd")]
[assembly: AssemblyVersion("3.12.0.4")]
[assembly: AssemblyFileVersion("3.12.0.4417")]
[assembly: AssemblyInformationalVersion("3.12.0+build.4417.sha.e41b09d")]
[assembly: Guid("7c9e6679-7425-40de-944b-e07fc1f90ae7")]
[assembly: ComVisible(false)]
""")

neg("snmp", "en", """
$ snmpwalk -v2c -c public 192.0.2.44 1.3.6.1.2.1.1
SNMPv2-MIB::sysDescr.0 = STRING: Cisco IOS Software, C2960X Software, Version 15.2(7)E8
SNMPv2-MIB::sysObjectID.0 = OID: 1.3.6.1.4.1.9.1.1208
DISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: (418273645) 48 days, 9:52:16.45
SNMPv2-MIB::sysContact.0 = STRING: NOC on-call rota
SNMPv2-MIB::sysName.0 = STRING: sw-core-03.lab
SNMPv2-MIB::sysLocation.0 = STRING: Rack B7, Row 2
iso.3.6.1.4.1.311.21.20 = STRING: "1.3.6.1.4.1.311.21.8.1234567.7654321"
""")

neg("spec", "en", """
3.2.1   Message framing
3.2.1.1 Each frame begins with a 4-byte length prefix in network byte order.
3.2.1.2 Frames larger than 16 777 215 bytes MUST be rejected (see 7.4.2).
3.2.1.3 Implementations SHOULD coalesce frames smaller than 1.5 KB.
3.2.1.4 The extension OID 1.3.6.1.4.1.44947.1.2.3 identifies the compression profile;
        earlier drafts used 2.16.840.1.113730.3.1.1 which is now reserved.
3.2.2   Error handling
        Codes 4.0.1 through 4.0.9 are reserved for transport errors.
""")

neg("deps", "en", """
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.northwind.inventory</groupId>
  <artifactId>inventory-service</artifactId>
  <version>2.14.3-SNAPSHOT</version>
  <properties>
    <java.version>17</java.version>
    <spring-boot.version>3.2.2</spring-boot.version>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.postgresql</groupId>
      <artifactId>postgresql</artifactId>
      <version>42.7.1</version>
    </dependency>
    <dependency>
      <groupId>com.fasterxml.jackson.core</groupId>
      <artifactId>jackson-databind</artifactId>
      <version>2.16.1</version>
    </dependency>
    <dependency>
      <groupId>io.micrometer</groupId>
      <artifactId>micrometer-registry-prometheus</artifactId>
      <version>1.12.2</version>
    </dependency>
  </dependencies>
</project>
""")

neg("deps", "en", """
{
  "name": "@northwind/storefront",
  "version": "5.3.0",
  "private": true,
  "scripts": {
    "build": "ng build --configuration production",
    "test": "jest --ci"
  },
  "dependencies": {
    "@angular/core": "^17.1.2",
    "@angular/router": "^17.1.2",
    "@ngrx/store": "17.0.1",
    "rxjs": "~7.8.1",
    "zone.js": "0.14.3"
  },
  "devDependencies": {
    "@types/node": "20.11.5",
    "typescript": "5.3.3",
    "@typescript-eslint/parser": "6.19.0"
  }
}
""")

neg("deps", "en", """
# requirements.txt -- generated by pip-compile 7.3.0
certifi==2023.11.17
charset-normalizer==3.3.2
django==4.2.9
djangorestframework==3.14.0
idna==3.6
numpy==1.26.3
pandas==2.1.4
psycopg[binary]==3.1.17
python-dateutil==2.8.2
pytz==2023.3.post1
requests==2.31.0
urllib3==2.1.0 ; python_version >= "3.8"
""")

neg("deps", "en", """
module github.com/northwind/ledger

go 1.21.6

require (
	github.com/go-chi/chi/v5 v5.0.11
	github.com/jackc/pgx/v5 v5.5.2
	github.com/prometheus/client_golang v1.18.0
	go.opentelemetry.io/otel v1.22.0
	golang.org/x/crypto v0.18.0
)

require (
	github.com/beorn7/perks v1.0.1 // indirect
	github.com/cespare/xxhash/v2 v2.2.0 // indirect
	google.golang.org/protobuf v1.32.0 // indirect
)
""")

neg("deps", "en", """
GEM
  remote: https://rubygems.org/
  specs:
    actionpack (7.1.3)
      actionview (= 7.1.3)
      activesupport (= 7.1.3)
      rack (>= 2.2.4)
    nokogiri (1.16.0-x86_64-linux)
      racc (~> 1.4)
    pg (1.5.4)
    puma (6.4.2)
      nio4r (~> 2.0)
    sidekiq (7.2.1)
      redis-client (>= 0.19.0)

PLATFORMS
  x86_64-linux

RUBY VERSION
   ruby 3.2.2p53

BUNDLED WITH
   2.5.5
""")

neg("dockerfile", "en", """
FROM node:20.11.0-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
RUN npm run build

FROM nginx:1.25.3-alpine
ARG APP_VERSION=5.3.0
LABEL org.opencontainers.image.version=$APP_VERSION
COPY --from=build /app/dist /usr/share/nginx/html
ENV API_BASE_URL=${API_BASE_URL} \\
    DB_PASSWORD=${DB_PASSWORD}
EXPOSE 8080
HEALTHCHECK CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1
""")

neg("helm", "en", """
# values.yaml for chart ledger-api 0.18.4 (appVersion 2.9.1)
replicaCount: 3
image:
  repository: registry.northwind.io/platform/ledger-api
  tag: "2.9.1-r7"
  pullPolicy: IfNotPresent
imagePullSecrets:
  - name: regcred
postgresql:
  enabled: false
  auth:
    existingSecret: ledger-db-credentials
    secretKeys:
      adminPasswordKey: postgres-password
externalDatabase:
  host: ledger-db.internal
  port: 5432
  password: ""   # set via --set externalDatabase.password=$LEDGER_DB_PASSWORD
resources:
  limits: {cpu: 500m, memory: 512Mi}
""")

neg("k8s", "en", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  labels: {app: checkout, version: "1.10.2.3"}
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: checkout
          image: ghcr.io/northwind/checkout:1.10.2.3
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: checkout-secrets, key: stripe-secret-key}
            - name: REDIS_URL
              value: redis://redis-master.cache.svc.cluster.local:6379/0
          ports:
            - containerPort: 8443
""")

neg("compose", "en", """
services:
  db:
    image: postgres:16.1-bookworm
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}
      POSTGRES_DB: orders
  cache:
    image: redis:7.2.4-alpine
  api:
    image: northwind/orders-api:3.4.0
    depends_on: [db, cache]
    environment:
      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/orders
      JWT_SECRET: ${JWT_SECRET}
    ports: ["8000:8000"]
""")

neg("tutorial", "en", """
Step 4: Give the Raspberry Pi a static address

Edit /etc/dhcpcd.conf and append:

    interface eth0
    static ip_address=192.168.1.50/24
    static routers=192.168.1.1
    static domain_name_servers=192.168.1.1

If your router hands out 10.0.0.x addresses instead, use 10.0.0.50 and a gateway of 10.0.0.1.
Reboot, then check with `ip -4 addr show eth0`. You should see inet 192.168.1.50/24.
""")

neg("docs", "en", """
Firewall rules example

The following rules allow the monitoring host 192.0.2.15 to scrape exporters and block the
test range 198.51.100.0/24:

  iptables -A INPUT -s 192.0.2.15 -p tcp --dport 9100 -j ACCEPT
  iptables -A INPUT -s 198.51.100.0/24 -j DROP
  iptables -A INPUT -s 203.0.113.7 -p tcp --dport 22 -j ACCEPT

For IPv6 use the documentation prefix 2001:db8::/32, e.g. 2001:db8:85a3::8a2e:370:7334.
Note: all addresses above are reserved for documentation (RFC 5737, RFC 3849).
""")

neg("config", "en", """
# /etc/nginx/conf.d/upstream.conf
upstream app_backend {
    least_conn;
    server 10.0.1.11:8080 max_fails=3 fail_timeout=10s;
    server 10.0.1.12:8080 max_fails=3 fail_timeout=10s;
    server 10.0.1.13:8080 backup;
    keepalive 32;
}
server {
    listen 443 ssl http2;
    server_name shop.northwind.io;
    ssl_certificate     /etc/ssl/certs/shop.pem;
    ssl_certificate_key /etc/ssl/private/shop.key;
    set_real_ip_from 172.16.0.0/12;
    location / { proxy_pass http://app_backend; }
}
""")

neg("logistics", "en", """
Carrier status report - week 11

Carrier  Tracking number          Origin hub       Status        ETA
UPS      1Z999AA10123456784       Louisville KY    In transit    2024-03-15
UPS      1Z4F82E90394817265       Ontario CA       Delivered     2024-03-12
FedEx    7749 8213 5530           Memphis TN       Out for del.  2024-03-13
FedEx    3982 0045 1176           Indianapolis IN  Exception     --
DHL      JD014600006281294512     Leipzig DE       Customs       2024-03-18
USPS     9400 1118 9922 3345 6789 01  Chicago IL   Accepted      2024-03-16

Exceptions are escalated to the carrier desk after 48 h.
""")

neg("logistics", "en", """
WAREHOUSE RECEIVING NOTE  RN-2024-00871
Supplier: Keystone Fasteners Inc.     PO: PO-55102-B     ASN: 8830021774
Dock: 4     Received: 03/11/2024 07:42     Pallets: 6

Line  SKU            UPC            Qty   Bin
1     KF-M8X30-ZN    012345678905   1200  A-14-03
2     KF-M10X40-SS   036000291452   800   A-14-04
3     KF-WSH-M8      042100005264   5000  B-02-11

Destination DC: Columbus, OH 43219-1842
Discrepancies: none. Seal no. 4471902 intact.
""")

neg("invoice", "en", """
INVOICE  INV-2024-03117
Invoice date: 29 February 2024        Due date: 30 March 2024
Bill to: Harbor Freightways LLC, Accounts Payable
Customer account: CUST-004417          PO number: 4500198823

Item     Description                      Qty   Unit      Amount
SVC-01   Managed backup, tier 2           12    $145.00   $1,740.00
SVC-07   Incident response retainer       1     $2,500.00 $2,500.00
LIC-22   Observability seats (annual)     25    $96.00    $2,400.00

Subtotal $6,640.00   Sales tax 8.25% $547.80   Total $7,187.80
Terms: Net 30. Please quote the invoice number on your remittance.
""")

neg("catalog", "en", """
Product catalogue extract - spring range

EAN-13          Article                          Pack   RRP
4006381333931   Stabilo highlighter, yellow      10     EUR 12.90
5012345678900   A4 copy paper 80 g/m2            5x500  EUR 24.50
7622210449283   Chocolate biscuits 300 g         1      EUR 2.79
8711327538481   Laundry capsules 38 ct           1      EUR 11.99

UPC-A           Article
036000291452    Facial tissues 3-ply, 160 ct
012000161155    Sparkling water 12 x 355 ml
""")

neg("bibliography", "en", """
References

[1] World Health Organization. Global report on hypertension. Geneva: WHO; 2023.
    ISBN 978-92-4-008106-2. doi:10.2471/BLT.23.291043
[2] National Academies of Sciences, Engineering, and Medicine. Data Science for Undergraduates.
    Washington, DC: The National Academies Press; 2018. doi:10.17226/25104
[3] Journal of Applied Metrology, ISSN 1432-0789 (print), 1557-6013 (online), vol. 41, no. 3.
[4] IEEE Std 802.11-2020. doi:10.1109/IEEESTD.2021.9363693
""")

neg("inventory", "en", """
Asset register - lab B (export 2024-02-01)

Asset tag   Model                      Serial          Purchased    Warranty end
LAB-0412    Dell Latitude 5440         7HX2KQ3         2023-06-14   2026-06-13
LAB-0413    Dell Latitude 5440         9BW2KQ3         2023-06-14   2026-06-13
LAB-0431    HP ZBook Firefly 14 G10    5CG3381PQZ      2023-09-02   2026-09-01
LAB-0440    Lenovo ThinkPad T14s Gen4  PF4A9Z1C        2023-11-20   2026-11-19
LAB-0457    Apple MacBook Pro 14 M3    C02FK4XNQ6L4    2024-01-08   2025-01-07

Pool devices; not assigned to individual staff.
""")
neg("spec_sheet", "en", """
Technical specification - Rugged handheld RT-60 (engineering sample lot ES2)

Platform        Qualcomm QCM6490, Android 13, security patch 2024-02-05
Display         6.0" 1080 x 2160, 550 nits
Battery         5000 mAh @ 3.85 V, hot-swappable
Radios          LTE B1/B3/B7/B20/B28, Wi-Fi 6E 802.11ax, BT 5.2
Firmware        RT60_13.4.2.118_user
Sample IMEI     35 209900 176148 1 (ES2 unit 01), 35 209900 176149 9 (ES2 unit 02)
Type approval   CE RED 2014/53/EU, FCC ID 2AJ7X-RT60
Operating temp  -20 C to +60 C, IP68, MIL-STD-810H
""")

neg("ci_log", "en", """
Run actions/checkout@v4
  Syncing repository: northwind/ledger
  HEAD is now at 3f9a2c71e4b8d05a6c1f27e9b03d48a5c6e71b90 Merge pull request #1182 from northwind/fix/rounding
Run actions/setup-go@v5 with go-version 1.21.6
  Cache restored from key: setup-go-Linux-x64-ubuntu22-go-1.21.6-4d2c1f0e9b7a
Run go test ./... -race
  ok   github.com/northwind/ledger/internal/posting   3.214s
  ok   github.com/northwind/ledger/internal/fx        0.881s
Uploading artifact ledger_2.9.1_linux_amd64.tar.gz (sha256 a9c3e57b1f0d4286e13b9f2c7a05d86e4bf17c9d32a8e60f51b74c2d0e9a3f18)
""")

neg("checksums", "en", """
SHA256SUMS for release 0.18.4

2f7e3b9c0a1d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f  ledger-api-0.18.4.tgz
b1d4c7e0a3f6b9c2d5e8f1a4b7c0d3e6f9a2b5c8d1e4f7a0b3c6d9e2f5a8b1c4  ledger-api-0.18.4.tgz.prov
e3a9f1c7d5b3a1f9e7c5d3b1a9f7e5c3d1b9a7f5e3c1d9b7a5f3e1c9d7b5a3f1  values.schema.json

Legacy MD5 (do not rely on these):
9e107d9d372bb6826bd81d3542a419d6  ledger-api-0.18.4.tgz
e4d909c290d0fb1ca068ffaddf22cbd0  values.schema.json
""")

neg("log", "en", """
2024-03-12T08:14:22.481Z INFO  [req=4f1c2b7e-9a3d-4e8b-b6f0-2d7c9a1e5b33] GET /api/v2/orders/ORD-7781204 200 38ms
2024-03-12T08:14:22.913Z INFO  [req=0b8d3e61-52f4-4c9a-8e17-a6d9f0c2b4e5] POST /api/v2/carts/7a1e/items 201 64ms
2024-03-12T08:14:23.120Z WARN  [req=c3e5a7b9-1d2f-4a6b-8c0e-f2a4b6c8d0e1] retrying upstream inventory-svc (attempt 2/3)
2024-03-12T08:14:23.502Z ERROR [req=c3e5a7b9-1d2f-4a6b-8c0e-f2a4b6c8d0e1] upstream timeout after 5000ms trace_id=8a3f9e2c7b1d4f6a0e5c9b2d7f3a1e8c span_id=5b2e9c1a7d3f4e08
2024-03-12T08:14:24.007Z INFO  [req=9d2f4b6e-8a0c-4e1d-b3f5-7c9e1a2d4f60] GET /healthz 200 1ms
""")

neg("css", "en", """
/* icons.css - generated by svg-sprite 2.0.2 */
.icon-check {
  width: 16px; height: 16px;
  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGUlEQVQ4y2NgGAWjYBSMglEwCkbBKBgFAwQAAf8AAU0m7GkAAAAASUVORK5CYII=");
}
.icon-warn {
  background-image: url("data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
  color: #E5A50A;
}
.badge { border: 1px solid #1A2B3C; margin: 0.25rem 0.5rem; }
""")

neg("certificate", "en", """
Public certificate for the staging load balancer (safe to share; the private key is not included):

-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIUQ3VzdG9tZXJTdGFnaW5nTEIyMDI0MA0GCSqGSIb3DQEB
CwUAMEUxCzAJBgNVBAYTAkdCMRMwEQYDVQQIDApTb21lLVN0YXRlMSEwHwYDVQQK
DBhJbnRlcm5ldCBXaWRnaXRzIFB0eSBMdGQwHhcNMjQwMTE1MDkwMDAwWhcNMjUw
MTE0MDkwMDAwWjBFMQswCQYDVQQGEwJHQjETMBEGA1UECAwKU29tZS1TdGF0ZTEh
MB8GA1UECgwYSW50ZXJuZXQgV2lkZ2l0cyBQdHkgTHRkMIIBIjANBgkqhkiG9w0B
-----END CERTIFICATE-----

SHA-256 fingerprint: 4A:9C:31:7E:D2:05:B8:6F:1C:E4:93:27:AD:60:F8:1B:35:C7:92:0E:5D:A4:B1:68:2F:E9:73:0C:86:D5:4B:1A
Serial: 43:75:73:74:6F:6D:65:72  Valid 2024-01-15 to 2025-01-14
""")

neg("docs", "en", """
Authentication

Every request must carry a bearer token. The token below is the well-known example from the
JWT specification pages -- it is NOT valid for our API and is shown for illustration only:

  Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c

Replace it with the token returned by POST /oauth/token. Tokens expire after 3600 seconds.
""")

neg("env_example", "en", """
# .env.example -- copy to .env and fill in your own values. Never commit .env!
APP_ENV=local
APP_URL=http://localhost:3000
DATABASE_URL=postgres://postgres:changeme@localhost:5432/app_dev
REDIS_URL=redis://localhost:6379
STRIPE_SECRET_KEY=<YOUR_STRIPE_SECRET_KEY>
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
OPENAI_API_KEY=sk-...your-key-here...
SESSION_SECRET=replace-me
SENTRY_DSN=
""")

neg("docs", "en", """
Configuring AWS credentials

Run `aws configure` and enter your access key when prompted. The values below are the
placeholder examples used throughout the AWS documentation; they do not work:

  AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
  AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
  Default region name [None]: eu-west-1
  Default output format [None]: json

In CI, read them from the secret store instead: ${{ secrets.AWS_ACCESS_KEY_ID }}.
""")

neg("log", "en", """
[2024-03-11 22:40:03] config loaded from /etc/ledger/app.yaml
[2024-03-11 22:40:03]   database.url = postgres://ledger:*****@db-primary:5432/ledger
[2024-03-11 22:40:03]   smtp.password = ********
[2024-03-11 22:40:03]   stripe.key = sk_live_****************************4f2a
[2024-03-11 22:40:03]   vault.token = <redacted>
[2024-03-11 22:40:04] migrations up to date (schema 2024_03_01_0932)
[2024-03-11 22:40:04] listening on 0.0.0.0:8080
""")

neg("runbook", "en", """
Runbook: publish a hotfix

1. Clone: git clone git@github.com:northwind/ledger.git && cd ledger
2. Add the mirror: git remote add mirror ssh://git@git.internal.northwind.io:2222/platform/ledger.git
3. Build: make release VERSION=2.9.2
4. Copy the tarball: scp dist/ledger_2.9.2_linux_amd64.tar.gz deploy@203.0.113.21:/opt/releases/
5. On first connect verify the host key:
     ED25519 key fingerprint is SHA256:pX3m9qLr7bN2vT8yK4cW1zD6fH0jS5aE9uG3oI7kM2Q.
6. Restart: ssh deploy@203.0.113.21 'sudo systemctl restart ledger'
""")

neg("inventory", "en", """
Approved base images (platform team, updated 2024-03-01)

Image                                   Tag                    Digest (short)
nginx                                   1.25.3-alpine          sha256:a59278fd22a9
postgres                                16.1-bookworm          sha256:8ec0b5ef6e2b
redis                                   7.2.4-alpine           sha256:c5a607fb6e1b
python                                  3.12.2-slim-bookworm   sha256:2be8daddbb82
eclipse-temurin                         21.0.2_13-jre-jammy    sha256:3f1c9d0a4e7b
mcr.microsoft.com/dotnet/aspnet         8.0.2-jammy-chiseled   sha256:41e7bd2c9a08
""")

neg("fleet", "en", """
Fleet utilisation Q4

Vehicle                     Reg. plate   Km (Q4)   Fuel l/100km   Next service
Ford Transit Custom 2.0     FT-482-KL    18,442    8.1            2024-04-10
Ford Transit Connect        FT-519-MX    11,207    6.4            2024-05-02
Mercedes-Benz Sprinter 316  MB-330-QR    21,960    9.3            2024-03-28
Renault Master L3H2         RM-114-PZ    9,874     8.8            2024-06-15

The two Transits remain pool vehicles at the Leeds depot.
""")

neg("report", "en", """
Category performance, February

Brand               Units    Revenue      vs. Jan
Ben & Jerry's       14,220   $71,100      +6.2%
Tommy Hilfiger      3,118    $187,080     -2.4%
Jack Daniel's       5,402    $135,050     +11.9%
Dr. Martens         1,977    $316,320     +0.8%
Calvin Klein        2,640    $118,800     -4.1%

Martha Stewart Living magazine ran our spring promotion in the March issue; attribution is pending.
""")

neg("review", "en", """
Album review: thirty years on, Abbey Road still sounds like the future

Side two's medley remains the record's heart. The remastered 2019 mix by the studio team
brings the bass forward without losing the warmth of the original tapes. Track 7, "Here Comes
the Sun", clocks in at 3:05; the whole medley runs 16:04. Rating: 9.5/10.
Pressing details: EMI PCS 7088, matrix YEX 749-2 / YEX 750-1.
""")

neg("travel", "en", """
Service update - London Underground, Saturday 16 March

Baker Street station: Hammersmith & City and Circle lines closed 06:00-13:00 for track work.
Use the Jubilee or Metropolitan lines. Bond Street and Oxford Circus are unaffected.
Rail replacement buses run every 8 minutes between Edgware Road and King's Cross St. Pancras.
Journey planner: allow an extra 15-20 minutes.
""")

neg("news", "en", """
Markets wrap: Wall Street closed higher on Thursday, with the S&P 500 up 0.9% at 5,150.48 and the
Nasdaq Composite gaining 1.5% to 16,273.38. In London, the FTSE 100 slipped 0.3% after Downing
Street confirmed the spring budget timetable. Brent crude settled at $82.96 a barrel; gold traded
at $2,158.20 an ounce. The 10-year Treasury yield eased to 4.29%.
""")

neg("weather", "en", """
Met forecast - issued 05:00 Tue 21 Nov

Storm Debi will bring gusts of 70-80 mph to exposed coasts of Ireland and north-west England
overnight. Amber warning for wind in force 03:00-12:00 Monday. Rainfall totals of 30-50 mm,
locally 80 mm over high ground. Hurricane Lee's remnants are no longer expected to affect the UK.
Pressure at the storm centre 968 hPa, moving north-east at 35 kt.
""")
neg("history", "en", """
Unit 6: The unification of Germany

Otto von Bismarck became Minister-President of Prussia in 1862. After the wars with Denmark (1864),
Austria (1866) and France (1870-71), Wilhelm I was proclaimed German Emperor at Versailles on
18 January 1871. Napoleon III had been captured at Sedan on 2 September 1870.
Essay question (25 marks): To what extent was Bismarck's diplomacy, rather than Prussian
military strength, responsible for unification? Refer to at least two of: Cavour, Garibaldi, Disraeli.
""")

neg("book_review", "en", """
Book club notes - "Pride and Prejudice", chapters 34-43

Elizabeth Bennet's reading of Mr. Darcy's letter is the pivot of the novel: she re-reads it
until she can admit that Wickham deceived her. Jane Bennet, meanwhile, is still in London, and
Charlotte Lucas has settled into life with Mr. Collins. Discussion prompt: is Lady Catherine de
Bourgh a comic figure or a genuine threat? Next meeting: chapters 44-61, Thursday at 7 pm.
""")

neg("sports", "en", """
Weekend results

Premier League: Arsenal 2-1 Brentford, Liverpool 3-1 Sheffield United, Chelsea 1-1 Newcastle.
Half-time score at Anfield was 1:1; attendance 59,921.
Athletics, indoor 800 m final: winning time 1:44.92, runner-up 1:45.30 (+0.38).
Cricket: 287/6 (50 ov) beat 241 all out (46.3 ov) by 46 runs. NRR now +0.812.
Tennis: 6-4, 3-6, 7-6(5). Next fixture: 23.03 at 15:00.
""")

neg("lab_procedure", "en", """
SOP-CHEM-014 rev. 3.1 - Preparation of 0.1 M sodium hydroxide

Reagents: NaOH pellets (CAS 1310-73-2), KHP (C8H5KO4, CAS 877-24-7), deionised H2O (CAS 7732-18-5).
1. Dissolve 4.00 g NaOH in 1.000 L H2O (MW 39.997 g/mol).
2. Standardise against 0.5105 g KHP (204.22 g/mol) using phenolphthalein; expected 25.00 mL.
3. Record lot no. SLCD4471 and expiry 2025-08-31 on the bottle.
Reaction: C8H5KO4 + NaOH -> C8H4KNaO4 + H2O.  Target factor 1.000 +/- 0.005.
""")

neg("legal", "en", """
MEMORANDUM - Privileged & Confidential

Re: Exposure under 42 U.S.C. Section 1983 and 29 C.F.R. 1630.2(g)

1. The complaint (Case No. 2:23-cv-04417-JLR) pleads claims under 42 U.S.C. § 1983 and
   § 1988(b). Counts III-IV rely on Cal. Gov. Code § 12940(a).
2. Under Fed. R. Civ. P. 12(b)(6), the motion is due 21 days after service, i.e. 2024-04-02.
3. See also 15 U.S.C. §§ 78j(b), 78t(a) and 17 C.F.R. § 240.10b-5 for the securities counts.
Prepared by the litigation group; no client data included.
""")

neg("banking", "en", """
Payment instructions for suppliers (corporate accounts only)

USD wires:   Beneficiary bank: First Meridian Bank, N.A.   ABA routing: """ + aba("02600959") + """
             SWIFT/BIC: FMBKUS33XXX
GBP payments: Sort code 40-47-84, account held by Northwind Trading Ltd
EUR SEPA:    BIC DEUTDEFFXXX (see remittance advice for the account reference)
CAD EFT:     Institution 003, transit 00012

Always quote the supplier number (SUP-0xxxx) as payment reference.
""")

neg("project_plan", "en", """
Milestones - ERP migration

ID    Milestone                       Owner team     Start        Deadline     Status
M1    Chart of accounts mapped        Finance IT     2024-01-08   2024-02-16   Done
M2    Data migration dry run 1        Data Eng       2024-02-19   2024-03-22   At risk
M3    UAT sign-off                    Business Ops   2024-04-02   2024-04-26   Planned
M4    Go-live (cutover weekend)       All            2024-05-17   2024-05-20   Planned

Budget consumed: 61.4% (EUR 812,300 of 1,323,000). Contingency: 7.5%.
""")

neg("datasheet", "en", """
STM-series MCU - memory map (excerpt)

Region          Start address   End address     Size
Flash bank 1    0x0800_0000     0x080F_FFFF     1 MB
SRAM1           0x2000_0000     0x2001_FFFF     128 KB
APB1 periph.    0x4000_0000     0x4000_97FF
GPIOA           0x4802_0000     0x4802_03FF

Electrical: VDD 1.71-3.6 V, IDD run 98 uA/MHz, fCPU max 160 MHz, ESD HBM 2 kV.
Package: LQFP64 10 x 10 x 1.4 mm, pitch 0.5 mm. Ordering code: STM32U575RIT6.
""")

neg("subtitles", "en", """
1
00:01:12,480 --> 00:01:15,020
Where were you on the night of the fourteenth?

2
00:01:15,300 --> 00:01:17,910
Working. Same as always.

Edit decision list (SMPTE, 25 fps):
001  AX  V  C  01:23:45:12 01:23:52:07 00:00:10:00 00:00:16:20
002  AX  V  C  01:31:02:18 01:31:09:03 00:00:16:20 00:00:23:05
""")

neg("network", "en", """
router# show ipv6 interface brief
GigabitEthernet0/0/0   [up/up]
    FE80::2A0:C9FF:FE12:3400
    2001:DB8:ACAD:1::1
GigabitEthernet0/0/1   [up/up]
    FE80::2A0:C9FF:FE12:3401
    2001:DB8:ACAD:2::1
router# show clock
*10:42:07.331 UTC Tue Mar 12 2024
router# show version | include uptime
router uptime is 14 weeks, 2 days, 3 hours, 11 minutes
""")

neg("validation_log", "en", """
2024-03-12 09:17:44 WARN  payment-import  row 118: IBAN failed checksum: """ + bad_iban("DE89 3704 0044 0532 0130 01") + """ (rejected)
2024-03-12 09:17:44 WARN  payment-import  row 131: IBAN failed checksum: """ + bad_iban("GB29NWBK60161331926818") + """ (rejected)
2024-03-12 09:17:44 WARN  payment-import  row 140: IBAN wrong length for NL (17): NL91ABNA041716430
2024-03-12 09:17:45 INFO  payment-import  batch B-20240312-03: 412 rows, 409 accepted, 3 rejected
2024-03-12 09:17:45 INFO  payment-import  rejected rows written to /var/import/rejects/B-20240312-03.csv
""")

neg("docs", "en", """
Testing card payments

Use these test numbers in sandbox mode only. Any future expiry date and any 3-digit CVC work.

  Card                          Number                 Behaviour
  Visa                          4242 4242 4242 4242    Succeeds
  Visa (debit)                  4000 0566 5566 5556    Succeeds
  Mastercard                    5555 5555 5555 4444    Succeeds
  Visa                          4000 0000 0000 0002    Declined (generic)
  Visa                          4000 0000 0000 9995    Declined (insufficient funds)

Live card numbers are rejected in test mode with error code test_mode_live_card.
""")

neg("geo", "en", """
Site survey - candidate locations for weather stations

Station   Latitude     Longitude    Elevation
WS-01     51.507351    -0.127758    11 m
WS-02     48.858370    2.294481     35 m
WS-03     52.520008    13.404954    34 m
WS-04     40.416775    -3.703790    667 m

Readings at 12.03.24 06:00 UTC: 7.4 C, 1012.6 hPa, wind 240/14 kt.
""")

neg("ticket_export", "en", """
Ticket export (queue: Platform, filter: closed this week)

Key        Type      Priority  Summary                                        Resolved
PLAT-4412  Bug       P2        Helm chart 0.18.3 ignores podAnnotations       2024-03-11
PLAT-4419  Task      P3        Bump postgres image to 16.1-bookworm           2024-03-11
PLAT-4425  Incident  P1        INC0012345: 502s on checkout (10:02-10:19 UTC) 2024-03-12
PLAT-4431  Change    P3        CHG0004471 rotate TLS certs on lb-stg-02       2024-03-13

SLA breaches: 0. Mean time to resolve: 19.4 h.
""")

neg("terraform", "en", """
resource "aws_instance" "bastion" {
  ami                    = "ami-0c7217cdde317cfec"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.public_a.id
  vpc_security_group_ids = [aws_security_group.bastion.id]
  key_name               = var.key_name
  tags = { Name = "bastion-prod", CostCenter = "CC-4410" }
}

data "aws_iam_policy_document" "assume" {
  statement {
    principals { type = "AWS", identifiers = ["arn:aws:iam::123456789012:root"] }
  }
}
variable "db_password" { type = string, sensitive = true }
""")

neg("crontab", "en", """
# m  h  dom mon dow  command
15   2  *   *   *    /opt/backup/run.sh --target s3://nw-backups/db --keep 14 >> /var/log/backup.log 2>&1
*/5  *  *   *   *    /usr/local/bin/healthcheck --url http://10.0.2.15:8080/healthz
0    6  1   *   *    /opt/reports/monthly.sh --from 01.02.2024 --to 29.02.2024
30   23 *   *   5    /usr/bin/certbot renew --quiet --deploy-hook "systemctl reload nginx"
""")

neg("api_docs", "en", """
GET /v1/orders/{order_id}

Path parameters
  order_id   string   e.g. ord_9Kx2LmP4QzR7

Example request
  curl -H "Authorization: Bearer $API_TOKEN" https://api.northwind.io/v1/orders/ord_9Kx2LmP4QzR7

Example response (200)
  {"id": "ord_9Kx2LmP4QzR7", "status": "shipped", "total": {"amount": 4599, "currency": "EUR"},
   "shipment": {"carrier": "DHL", "tracking": "JJD0099988877766"}, "created": "2024-03-10T14:02:11Z"}
""")

neg("patents", "en", """
Prior art search - wireless charging coil alignment

US 10,923,456 B2   Magnetic alignment system for inductive charging   granted 2021-02-16
US 2022/0123987 A1 Foreign object detection using Q-factor            published 2022-04-21
EP 3 456 789 A1    Adaptive coil array                                  published 2019-03-20
WO 2020/187654 A1  Thermal management for charging pads                 published 2020-09-24
CN 112345678 A     Coil positioning method                              published 2020-12-15

Classification: H02J 50/10, H02J 50/90. Freedom-to-operate review due 2024-04-30.
""")
neg("kernel", "en", """
$ uname -a
Linux build-07 5.15.0-91-generic #101-Ubuntu SMP Tue Nov 14 13:30:08 UTC 2023 x86_64 GNU/Linux
$ cat /etc/os-release | head -3
PRETTY_NAME="Ubuntu 22.04.3 LTS"
VERSION_ID="22.04"
$ nvidia-smi --query-gpu=driver_version,vbios_version --format=csv
driver_version, vbios_version
535.154.05, 94.02.5C.00.0A
$ fwupdmgr get-devices | grep Version
  Current version:    1.2.3.4
  Current version:    2.4.1.7
""")

neg("compat_matrix", "en", """
Compatibility matrix

Connector   Server 7.17.x   Server 8.11.x   Server 8.12.x   Notes
2.4.0.118   yes             yes             no              TLS 1.2 only
2.5.1.3     no              yes             yes
2.5.2.0     no              yes             yes             requires JDK 17.0.10+
3.0.0-rc.2  no              no              yes             preview

Upgrade path: 2.4.0.118 -> 2.5.1.3 -> 2.5.2.0. Downgrades from 3.x are not supported.
""")

neg("finance", "en", """
Q3 FY24 results summary (unaudited)

Revenue          EUR 48.7 m   (+12.4% y/y)
Gross margin     61.2%        (Q2: 59.8%)
EBITDA           EUR 9.31 m   margin 19.1%
Opex             EUR 20.5 m
Net cash         EUR 31.04 m
DSO              47.3 days
Headcount        412 FTE (Q2: 398)

Guidance FY24 unchanged at EUR 190-198 m. Next report: 14.11.2024.
""")

neg("price_list", "en", """
sku,name,colour,size,weight_kg,dims_cm,price_gbp,ean
TR-2041-BLK,Trail runner Pro,black,42,0.31,31.5x12.0x11.2,89.99,5056123400419
TR-2041-BLU,Trail runner Pro,blue,43,0.32,32.0x12.2x11.4,89.99,5056123400426
HK-1180-OLV,Hike boot Ridge,olive,44,0.58,33.4x13.1x14.0,129.00,5056123400433
SK-0007-GRY,Merino sock 3-pack,grey,39-42,0.12,24x10x3,18.50,5056123400440
""")

neg("flight_board", "en", """
DEPARTURES  Terminal 2  updated 14:32

Flight    To                 Sched   Est     Gate   Status
LH 2473   Munich             14:45   14:45   B32    Boarding
BA 0987   London Heathrow    15:05   15:20   C14    Delayed
KL 1768   Amsterdam          15:10   15:10   B18    Go to gate
EK 0046   Dubai              15:40   15:40   D05    Check-in 12-19
FR 1192   Dublin             16:05   --      --     Cancelled

Aircraft: A320-214 D-AIZW, B777-31H A6-EQP.
""")

neg("registry", "en", r"""
Windows Registry Editor Version 5.00

[HKEY_CLASSES_ROOT\CLSID\{0002DF01-0000-0000-C000-000000000046}]
@="Internet Explorer(Ver 1.0)"

[HKEY_LOCAL_MACHINE\SOFTWARE\Northwind\Agent\3.4]
"InstallPath"="C:\\Program Files\\Northwind\\Agent"
"ProductCode"="{9A8B7C6D-5E4F-4321-8765-0FEDCBA98765}"
"BuildNumber"=dword:00001151
"LastUpdate"="2024.03.12 10.15.22"
""")

neg("unicode", "en", """
Character reference (Latin-1 Supplement)

U+00C4  LATIN CAPITAL LETTER A WITH DIAERESIS    UTF-8: C3 84    HTML: &Auml;
U+00E9  LATIN SMALL LETTER E WITH ACUTE          UTF-8: C3 A9    HTML: &eacute;
U+00DF  LATIN SMALL LETTER SHARP S               UTF-8: C3 9F    HTML: &szlig;
U+20AC  EURO SIGN                                UTF-8: E2 82 AC HTML: &euro;
U+1F600 GRINNING FACE                            UTF-8: F0 9F 98 80

Ranges: 0000-007F basic Latin; 0080-00FF Latin-1; 0100-017F Latin Extended-A.
""")

neg("sql", "en", """
-- V2024_03_01_0932__add_invoice_status.sql
ALTER TABLE invoice ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'draft';
CREATE INDEX CONCURRENTLY idx_invoice_status ON invoice (status, due_date);
UPDATE invoice SET status = 'paid' WHERE paid_at IS NOT NULL AND paid_at < '2024-03-01';
INSERT INTO app_setting (key, value) VALUES ('smtp.password', :smtp_password)
  ON CONFLICT (key) DO NOTHING;
GRANT SELECT ON invoice TO reporting_ro;
-- rollback: ALTER TABLE invoice DROP COLUMN status;
""")

neg("postman", "en", """
{
  "info": {"name": "Orders API v2", "_postman_id": "6a1f0e2d-3c4b-4a59-8e7d-1f2a3b4c5d6e"},
  "variable": [
    {"key": "baseUrl", "value": "https://sandbox.api.northwind.io"},
    {"key": "token", "value": "{{vault:orders-sandbox-token}}"}
  ],
  "item": [{
    "name": "Get order",
    "request": {"method": "GET", "url": "{{baseUrl}}/v2/orders/ORD-1000001",
                "header": [{"key": "Authorization", "value": "Bearer {{token}}"}]}
  }]
}
""")

neg("medical_device", "en", """
Labelling check - infusion set IS-300

GS1 UDI (01)05012345678900(17)270331(10)L24031A(21)000482
GTIN 05012345678900   Expiry 2027-03-31   Lot L24031A   Serial 000482
REF 4412-009-301      CE 0123              Rx only
Sterile EO. Non-pyrogenic. Do not re-use. Store at 5-25 C.
Drop rate 20 drops/mL, priming volume 16.5 mL, line length 180 cm.
""")

neg("chess", "en", """
[Event "Club championship, round 5"]
[Date "2024.03.09"]
[Result "1-0"]
[ECO "C65"]

1. e4 e5 2. Nf3 Nc6 3. Bb5 Nf6 4. O-O Nxe4 5. d4 Nd6 6. Bxc6 dxc6 7. dxe5 Nf5
8. Qxd8+ Kxd8 9. Nc3 Ke8 10. h3 h5 11. Bf4 Be7 12. Rad1 Be6 13. Ng5 Rh6 14. Rfe1 Bb4
15. g4 hxg4 16. hxg4 Nh4 17. Nxe6 Rxe6 18. Kh2 1-0   (time 1:32:07 vs 1:41:55)
""")

neg("stocks", "en", """
Watchlist close 12.03.2024

Ticker  Last      Chg      Chg%    Vol
AAPL    173.23    +0.48    +0.28%  59.8M
MSFT    415.28    +5.95    +1.45%  24.1M
NVDA    919.13    +61.39   +7.16%  66.8M
ASML    1,012.40  +22.15   +2.24%  1.2M
SAP.DE  172.86    -0.74    -0.43%  1.9M

52-week range NVDA: 403.11 - 974.00. P/E 77.3.
""")

neg("astronomy", "en", """
Observing log - target list for 2024-03-15

Object       RA (J2000)     Dec (J2000)     Mag    Alt at 21:00
M42          05h 35m 17.3s  -05 23' 28"     4.0    31 deg
M81          09h 55m 33.2s  +69 03' 55"     6.9    62 deg
NGC 2392     07h 29m 10.8s  +20 54' 42"     9.1    58 deg
Comet 12P    01h 58m 04.6s  +14 21' 09"     4.7    9 deg

Seeing 2/5, transparency 4/5. Sky quality 20.4 mag/arcsec2.
""")

neg("iot", "en", """
ts,device_id,fw,temp_c,rh_pct,co2_ppm,batt_v
2024-03-12 10:00:00,env-7f3a21,1.4.2.9,21.4,38.2,612,3.01
2024-03-12 10:05:00,env-7f3a21,1.4.2.9,21.6,38.0,640,3.01
2024-03-12 10:00:00,env-7f3a22,1.4.2.9,19.8,41.5,498,2.87
2024-03-12 10:05:00,env-7f3a22,1.4.2.9,19.9,41.3,503,2.87
# device ids are hardware modules in meeting rooms 2.01 and 2.04
""")

neg("oui", "en", """
Vendor prefixes seen on the guest VLAN this month (OUI only; device identities are not logged)

OUI        Vendor                      Count
00:1A:11   Google, Inc.                412
3C:22:FB   Apple, Inc.                 1,207
F4:F5:D8   Google, Inc.                96
B8:27:EB   Raspberry Pi Foundation     14
DC:A6:32   Raspberry Pi Trading Ltd    9
""")

neg("changelog", "en", """
v2.0.0 (2024-02-28)
  BREAKING: configuration key `db.pass` renamed to `db.password`; use ${DB_PASSWORD} in examples.
  BREAKING: dropped Node 16; engines now ">=18.18.0".
  feat(api): add cursor pagination (a1b2c3d)
  fix(auth): constant-time compare for HMAC tokens (e4f5a6b)
v1.9.4 (2024-01-30)
  fix: retry 429s with jitter (0c9d8e7)
  chore(deps): bump @aws-sdk/client-s3 from 3.499.0 to 3.504.0
  chore(deps): bump semver from 7.5.4 to 7.6.0
""")

neg("release_notes", "en", """
Firmware release 7.2.0.1142 for PoE switch family SG-24/SG-48

New
 - IGMP snooping v3, LLDP-MED network policy TLV
 - SNMPv3 with SHA-256 auth; MIB root moved to 1.3.6.1.4.1.55810.2
Fixed
 - CVE-2023-44487 (HTTP/2 rapid reset) in the web UI
 - Port 23 link flaps with 10GBASE-SR optics (ref. 7.1.9.880)
Upgrade from 7.1.x: load bootloader 1.0.7.3 first. Do not power off during the 4-6 minute flash.
""")

neg("docs", "en", """
Webhook signatures

We sign each webhook with HMAC-SHA256. In the example below the secret is the literal
string `whsec_test_secret` -- generate your own in the dashboard.

  timestamp = 1710237600
  payload   = {"event":"invoice.paid","id":"evt_00000000000000"}
  signature = 5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd

Reject events whose timestamp is older than 300 seconds.
""")

neg("git_config", "en", """
[core]
	repositoryformatversion = 0
	filemode = true
[remote "origin"]
	url = git@github.com:northwind/storefront.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[remote "upstream"]
	url = https://github.com/angular/angular.git
	fetch = +refs/heads/*:refs/remotes/upstream/*
[branch "release/5.3"]
	remote = origin
	merge = refs/heads/release/5.3
""")
neg("deps", "en", """
[package]
name = "ledger-cli"
version = "0.7.3"
edition = "2021"
rust-version = "1.74.1"

[dependencies]
clap = { version = "4.4.18", features = ["derive"] }
serde = { version = "1.0.195", features = ["derive"] }
tokio = { version = "1.35.1", features = ["rt-multi-thread", "macros"] }
reqwest = { version = "0.11.23", default-features = false, features = ["rustls-tls"] }
sha2 = "0.10.8"

[dev-dependencies]
insta = "1.34.0"
""")

neg("deps", "en", """
[build-system]
requires = ["setuptools>=69.0.3", "wheel"]

[project]
name = "northwind-etl"
version = "1.10.2.3"
requires-python = ">=3.10"
dependencies = [
  "pyarrow>=15.0.0,<16",
  "sqlalchemy==2.0.25",
  "boto3~=1.34.22",
  "pydantic>=2.5.3",
]

[tool.ruff]
line-length = 110
target-version = "py311"
""")

neg("deps", "en", """
plugins {
    id 'org.springframework.boot' version '3.2.2'
    id 'io.spring.dependency-management' version '1.1.4'
    id 'java'
}
group = 'io.northwind'
version = '4.2.0.118'
java { sourceCompatibility = JavaVersion.VERSION_17 }
dependencies {
    implementation 'org.springframework.boot:spring-boot-starter-web'
    implementation 'org.flywaydb:flyway-core:10.6.0'
    runtimeOnly 'org.postgresql:postgresql:42.7.1'
    testImplementation 'org.testcontainers:postgresql:1.19.4'
}
""")

neg("deps", "en", """
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Version>3.12.0.4417</Version>
    <UserSecretsId>aspnet-Billing-8f2d6c1e-5a3b-4e7f-9c0d-2b1a4e6f8d3c</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.1" />
    <PackageReference Include="Serilog.AspNetCore" Version="8.0.0" />
    <PackageReference Include="Polly" Version="8.2.1" />
  </ItemGroup>
</Project>
""")

neg("helm", "en", """
apiVersion: v2
name: storefront
description: Storefront web tier
type: application
version: 0.31.7
appVersion: "5.3.0"
kubeVersion: ">=1.26.0-0"
dependencies:
  - name: redis
    version: 18.12.1
    repository: oci://registry-1.docker.io/bitnamicharts
  - name: common
    version: 2.14.1
    repository: oci://registry-1.docker.io/bitnamicharts
maintainers:
  - name: platform-team
""")

neg("k8s", "en", """
$ kubectl get pods -n checkout -o wide
NAME                        READY   STATUS    RESTARTS   AGE   IP             NODE
checkout-7d9f8c6b5-2xkqp    1/1     Running   0          3d    10.244.1.17    aks-pool1-31415926-vmss000002
checkout-7d9f8c6b5-9wzrt    1/1     Running   1          3d    10.244.2.44    aks-pool1-31415926-vmss000004
redis-master-0              1/1     Running   0          12d   10.244.0.9     aks-pool1-31415926-vmss000000
$ kubectl get secret checkout-secrets -o jsonpath='{.data}'
{"stripe-secret-key":"<hidden: use kubectl get secret ... | base64 -d on an authorised host>"}
""")

neg("security_advisory", "en", """
Security bulletin NW-SA-2024-003 (published 2024-03-12)

CVE-2024-21626  runc < 1.1.12          CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H   8.6
CVE-2023-48795  OpenSSH < 9.6 (Terrapin) CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:N 5.9
CVE-2024-0727   OpenSSL 3.0.0-3.0.12    CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H   5.5

Fixed in: agent 3.4.2.77, gateway 2.9.2. Affected builds: 3.4.0.0 through 3.4.2.76.
""")

neg("license", "en", """
Copyright 2019-2024 The Northwind Authors.

Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file
except in compliance with the License. You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Product key format (for the on-premise edition): XXXXX-XXXXX-XXXXX-XXXXX-XXXXX.
Trial key for evaluation builds: TRIAL-00000-00000-00000-00000.
""")

neg("dns", "en", """
$ORIGIN example.com.
$TTL 3600
@       IN SOA  ns1.example.com. hostmaster.example.com. ( 2024031201 7200 3600 1209600 3600 )
@       IN NS   ns1.example.com.
@       IN A    192.0.2.10
www     IN A    192.0.2.10
api     IN A    198.51.100.25
api     IN AAAA 2001:db8:10::25
mail    IN MX 10 mx1.example.com.
@       IN TXT  "v=spf1 ip4:203.0.113.0/24 -all"
""")

neg("metrics", "en", """
# HELP http_requests_total Total HTTP requests.
# TYPE http_requests_total counter
http_requests_total{method="GET",route="/api/v2/orders",code="200"} 1.2874513e+06
http_requests_total{method="POST",route="/api/v2/carts",code="201"} 48213
# HELP process_start_time_seconds Start time of the process since unix epoch.
process_start_time_seconds 1.7102376e+09
go_info{version="go1.21.6"} 1
build_info{version="2.9.1",revision="3f9a2c71",branch="release/2.9"} 1
""")

neg("stacktrace", "en", """
java.lang.IllegalStateException: Pool exhausted (max=50, active=50, idle=0)
	at io.northwind.db.Pool.acquire(Pool.java:214)
	at io.northwind.ledger.PostingService.post(PostingService.java:88)
	at io.northwind.ledger.api.PostingController.create(PostingController.java:41)
	at jdk.internal.reflect.GeneratedMethodAccessor112.invoke(Unknown Source)
	at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)
	... 47 more
Caused by: java.net.SocketTimeoutException: Connect timed out (10.0.3.7:5432)
""")

neg("traceback", "en", """
Traceback (most recent call last):
  File "/srv/etl/.venv/lib/python3.11/site-packages/pyarrow/parquet/core.py", line 1776, in read_table
    dataset = ParquetDataset(
  File "/srv/etl/jobs/daily_sales.py", line 212, in run
    df = pq.read_table(f"s3://nw-lake/sales/dt=2024-03-11/part-0007.parquet")
OSError: [Errno 5] AWS Error NETWORK_CONNECTION during GetObject operation: curlCode: 28, Timeout was reached
Job daily_sales_v1.10.2.3 failed after 3 retries (run id 7c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f)
""")

neg("rma", "en", """
RETURN MATERIAL AUTHORISATION  RMA-240312-0046
Customer account: B2B-77104 (Brightwater Hotels Group, procurement)
Reason: dead on arrival (DOA), batch 2403-A

Model            Serial number        Firmware     Fault code
AP-620 Wi-Fi 6E  SN24A0003917         8.10.0.9     E-0421
AP-620 Wi-Fi 6E  SN24A0003922         8.10.0.9     E-0421
PoE injector 60W PI60-2403-00188      --           no output

Ship to our returns centre using the prepaid label; quote the RMA number on the box.
""")

neg("vehicle", "en", """
Fleet insurance schedule - policy FLT/2024/00917

Make/model               VIN                  Reg.      Cover   Excess
Ford Transit 350 L3      WF0XXXTTGXKJ12345    YK23 ABC  Comp    GBP 500
Ford Transit 350 L3      WF0XXXTTGXKJ12378    YK23 ABD  Comp    GBP 500
Vauxhall Vivaro 2.0      W0VF7ZKXZKS081234    LS72 XYZ  TPFT    GBP 750

Renewal date 01/04/2024. Claims in the period: 1 (windscreen).
""")

neg("public_holidays", "en", """
Office closures 2024 (UK sites)

01.01.2024  New Year's Day
29.03.2024  Good Friday
01.04.2024  Easter Monday
06.05.2024  Early May bank holiday
27.05.2024  Spring bank holiday
26.08.2024  Summer bank holiday
25.12.2024  Christmas Day
26.12.2024  Boxing Day
""")

neg("job_posting", "en", """
Senior Site Reliability Engineer (Req. ID R-2024-0412)

Location: hybrid, Manchester or Leeds. Salary: GBP 72,000-85,000 + 10% bonus.
You will run Kubernetes 1.28 clusters across three regions, own our Terraform 1.7 modules,
and tune PostgreSQL 16 for 40k TPS. Nice to have: CKA, AWS SA Pro.
Apply by 2024-04-05 via the careers portal; interviews in weeks 15-16.
""")

neg("recipe", "en", """
Sourdough loaf (makes 1 x 900 g)

500 g strong white flour (12.5% protein)
350 g water at 27 C (70% hydration)
100 g active starter (100% hydration)
10 g salt (2%)

Autolyse 45 min. Stretch-and-fold 4 x every 30 min. Bulk 4-5 h at 24-26 C until +50%.
Cold retard 12-16 h at 4 C. Bake 250 C lid on 20 min, 230 C lid off 22-25 min. Core temp 96 C.
""")

neg("museum", "en", """
Gallery 12 - label texts

Vincent van Gogh, Sunflowers, 1888. Oil on canvas, 92.1 x 73 cm. Inv. NG3863.
Claude Monet, The Water-Lily Pond, 1899. Oil on canvas, 88.3 x 93.1 cm. Inv. NG4240.
Rembrandt van Rijn, Self Portrait at the Age of 63, 1669. Oil on canvas, 86 x 70.5 cm.
Loan: Johannes Vermeer, A Young Woman standing at a Virginal, c. 1670-2.
Audio guide stops 12.1-12.4. Conservation report ref. CR-2023-118.
""")

neg("league_table", "en", """
Table after matchday 26

Pos  Club                 P   W   D   L   GF  GA  GD   Pts
1    Bayer Leverkusen     25  21  4   0   63  16  +47  67
2    Bayern Munich        25  19  2   4   74  27  +47  59
3    VfB Stuttgart        25  17  2   6   56  31  +25  53
4    Borussia Dortmund    25  13  8   4   48  32  +16  47

Top scorer: 27 goals. Next round 29.03-31.03.
""")

neg("standards", "en", """
Applicable standards for the steel structure

EN 1090-2:2018+A1:2024   Execution of steel structures, EXC2
EN ISO 3834-3:2021        Quality requirements for fusion welding
ISO 9001:2015             QMS, certificate no. 44 100 18 0442
ISO/IEC 27001:2022        (IT only) certificate IS 712345
EN 10025-2:2019           S355J2+N, 3.1 inspection certificates to EN 10204:2004

Welding procedure WPS-135-07 rev. 4; bolt grade 8.8 / 10.9 HV sets.
""")

neg("exchange_rates", "en", """
Reference rates 12.03.2024 (1 EUR =)

USD 1.0926   JPY 161.14   GBP 0.85360   CHF 0.9610
SEK 11.2250  NOK 11.4855  DKK 7.4560    PLN 4.3053
CZK 25.284   HUF 395.10   CAD 1.4752    AUD 1.6518

Change vs. 11.03: USD -0.09%, GBP +0.12%. Source: central bank fixing at 14:15 CET.
""")

neg("nmap", "en", """
Starting Nmap 7.94 ( https://nmap.org ) at 2024-03-12 11:04 UTC
Nmap scan report for lab-gw (192.168.56.1)
Host is up (0.00031s latency).
PORT     STATE SERVICE  VERSION
22/tcp   open  ssh      OpenSSH 9.6p1 Ubuntu 3ubuntu13 (Ubuntu Linux; protocol 2.0)
| ssh-hostkey:
|   256 a4:3b:9c:1d:7e:60:f2:88:5b:19:c3:de:40:77:2a:e1 (ECDSA)
|_  256 SHA256:Hq4xP1Q8vJ3dK9mZ2rT6wL0bN5cY7aF1eG4hS8uI3oE (ED25519)
443/tcp  open  https    nginx 1.25.3
Nmap done: 1 IP address (1 host up) scanned in 12.48 seconds
""")

neg("po", "en", """
PURCHASE ORDER 4500198823          Date: 2024-03-04     Revision: 2
Vendor: 100442 - Apex Industrial Supply     Incoterms: DAP     Payment: 45 days EOM
Ship-to plant: 1010 (Rotterdam)             Requested delivery: 2024-03-25

Item  Material        Description                   Qty     UoM  Net price   Value
10    300012447       Bearing 6205-2RS C3           400     PC   3.18        1,272.00
20    300012451       V-belt SPA 1250               120     PC   7.40        888.00
30    300019903       Hydraulic oil HLP 46, 208 L   6       DR   512.00      3,072.00
Total EUR 5,232.00 (excl. VAT)
""")

neg("election", "en", """
Municipal election results, district 4 (provisional, 98.7% counted)

Party                      Votes     Share    Seats   Change
Green Alliance             12,418    28.4%    9       +3
Social Democrats           10,992    25.1%    8       -1
Liberal Party              8,207     18.8%    6       0
Conservative Union         7,511     17.2%    5       -2
Others                     4,601     10.5%    3       0
Turnout 61.3% (2019: 57.9%). Final count expected 18.06 at 10:00.
""")

neg("ops_note", "en", """
Maintenance window CHG0004502

Start: Sat 16.03.2024 22:00 UTC   End: Sun 17.03.2024 02:00 UTC
Scope: upgrade PostgreSQL 15.5 -> 16.2 on db-primary/db-replica; switch DNS TTL to 60 s beforehand.
Rollback: restore from snapshot snap-0a1b2c3d4e5f67890 (taken 21:45 UTC).
Impact: checkout read-only for ~25 min. Comms: status page incident template T-07.
Approvers: CAB (change advisory board), 2024-03-13 session.
""")

neg("readme", "en", """
## Quick start

```bash
docker run -d --name demo -p 8080:80 -e ADMIN_PASSWORD=admin -e API_KEY=your-api-key-here ghcr.io/northwind/demo:0.9.1
curl http://localhost:8080/api/ping
```

Default login is `admin` / `admin` -- change it on first start. The image listens on 0.0.0.0:80
inside the container. For TLS, mount your certificate at /etc/demo/tls.crt.
""")

neg("test_fixture", "en", """
# tests/fixtures/accounts.yaml -- synthetic data, generated
- id: acc_0001
  iban_valid: false
  iban: "XX00 0000 0000 0000 0000 00"
  card: "0000 0000 0000 0000"
  email_domain: "example.invalid"
  created: 2024-01-01T00:00:00Z
- id: acc_0002
  iban_valid: false
  iban: "ZZ99 9999 9999 9999 9999"
  card: "1111-1111-1111-1111"
  created: 2024-01-02T00:00:00Z
""")
neg("release_notes", "en", """
Mobile app 6.14.0 (build 61400218) - rolled out 2024-03-07

iOS: minimum 15.0; tested on 17.3.1 (21D61). Android: minSdk 26, targetSdk 34, tested on 14 (UP1A.231005.007).
- New: Apple Pay on the checkout sheet
- Fixed: crash on launch for users upgrading from 6.12.3 (ANR rate 0.41% -> 0.08%)
- Fixed: order ID ORD-7781204-style deep links opened the wrong tab
Staged rollout: 1% -> 10% -> 50% -> 100% over 7 days. Crash-free sessions: 99.83%.
""")

neg("changelog", "en", """
2.4.7.0
  * Updated embedded JRE to 17.0.10+7
  * Bumped log4j-core 2.22.1 -> 2.23.0 and slf4j 2.0.11 -> 2.0.12
  * Schema 12.4.0 -> 12.5.0 (migration M-0125 adds column gl_account.segment4)
2.4.6.3
  * Hotfix: date parsing of 31.12.2023 in the Swiss locale
  * OID for the audit extension corrected to 1.3.6.1.4.1.311.60.2.1.3
2.4.6.0
  * Section 4.3.2.1 of the installation guide rewritten
""")

neg("ticket", "en", """
Subject: [OPS-2291] Backups on nas-02 failing since build 4.2.0.118

Description: Since the agent upgrade on 2024-03-10, nightly jobs on nas-02 (10.20.0.42) end with
"snapshot quota exceeded". Affected job IDs: 88213, 88214, 88219. Volume vol3 at 97.4%.
Workaround: pruned snapshots older than 30 days (freed 1.8 TiB).
Next steps: raise quota to 12 TiB (PO pending), revisit retention policy v3.1.
Priority: P2. Component: storage/backup. Affects version: 4.2.0.118. Fix version: 4.2.1.
""")

neg("audit_log", "en", """
2024-03-12 07:58:01 UTC  svc-terraform      AssumeRole     arn:aws:iam::123456789012:role/ci-deploy   OK
2024-03-12 07:58:04 UTC  svc-terraform      PutObject      s3://nw-tfstate/prod/network.tfstate        OK
2024-03-12 08:03:17 UTC  svc-backup         CreateSnapshot vol-0f1e2d3c4b5a69788                       OK
2024-03-12 08:11:42 UTC  svc-github-actions UpdateService  ecs:prod/checkout:rev-214                    OK
source ip for all service principals: VPC endpoint vpce-0a1b2c3d4e5f (no public egress)
""")

neg("bom", "en", """
Bill of materials - controller board CB-400 rev C

Ref      Qty  Manufacturer    Part number            Description
U1       1    Texas Instr.    TPS62130RGTR           3A step-down, 3-17 V
U2       1    Microchip       ATSAMD21G18A-AU        MCU, 48 MHz, 256 KB
C1-C4    4    Murata          GRM21BR61E106KA73L     10 uF 25 V X5R 0805
R1,R2    2    Yageo           RC0603FR-0710KL        10k 1% 0603
J1       1    Molex           105017-0001            USB micro-B
Y1       1    Abracon         ABM8-32.000MHZ-B2-T    32.000 MHz crystal
""")

neg("survey", "en", """
Employee engagement survey 2024 - aggregated results (n = 1,204, response rate 78.6%)

Question                                    Fav.    Neutral  Unfav.   vs. 2023
I understand our strategy                   71%     18%      11%      +4 pts
I have the tools I need                     64%     20%      16%      -2 pts
My workload is manageable                   52%     25%      23%      -5 pts

Results are only shown for groups of 10 or more respondents. Raw data deleted on 31.03.2024.
""")

neg("warranty", "en", """
Warranty claim status (dealer portal)

Claim no.     Product                 Serial          Purchase date   Claim date    Status
WC-2024-1182  Bosch Serie 6 WAU28P    FD9805 123456   2022-11-19      2024-02-27    Approved
WC-2024-1190  Miele G 7310 SC         1234/56789012   2021-06-03      2024-03-01    Parts ordered
WC-2024-1204  Dyson V15 Detect        YN4-UK-PKA1234A 2023-01-14      2024-03-08    Rejected (accidental damage)

Labour rate GBP 68.00/h; parts at dealer net price.
""")

neg("docs", "en", """
Configuring SSO (SAML 2.0)

Entity ID:  https://sso.northwind.io/saml/metadata
ACS URL:    https://sso.northwind.io/saml/acs
NameID:     urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress
Signing:    RSA-SHA256, certificate thumbprint 3B:9A:71:0E:C4:58:2D:F6:A1:93:07:BC:E5:28:64:1F:DA:0C:97:42
Attribute mapping: givenName -> first_name, sn -> last_name, mail -> email.
Test the configuration with a non-admin account before enforcing SSO for the tenant.
""")

neg("proxy_config", "en", """
# squid.conf excerpt
http_port 3128
acl localnet src 10.0.0.0/8 172.16.0.0/12 192.168.0.0/16 fc00::/7 fe80::/10
acl SSL_ports port 443 8443
acl Safe_ports port 80 21 443 70 210 1025-65535
http_access deny !Safe_ports
http_access allow localnet
cache_mem 512 MB
maximum_object_size 64 MB
visible_hostname proxy-01.corp.local
""")

neg("notes", "en", """
Architecture review notes - event bus

- Topic naming: <domain>.<entity>.<event>.v<major>, e.g. billing.invoice.paid.v2
- Partition key: invoice UUID (e.g. 2f1c9b7e-3d5a-4c8e-9a1b-6e0f2d4c8b7a), never customer attributes
- Retention 7 days, compaction off; schema registry compatibility BACKWARD
- Max message 1 MiB; p99 end-to-end latency target 250 ms at 12k msg/s
- Secrets via Vault path kv/data/eventbus/${ENV}/producer, rotated every 30 days
""")

neg("ean_labels", "en", """
Shelf-edge label batch 2024-11 (store 0412)

EAN 4002515297148  Dish tabs 40 ct          EUR 7.49   unit EUR 0.19/pc
EAN 4005808890507  Body lotion 400 ml       EUR 4.95   unit EUR 12.38/l
EAN 8710447348512  Shampoo 250 ml           EUR 3.29   unit EUR 13.16/l
EAN 5410076516119  Sparkling water 6x1.5 l  EUR 3.54   unit EUR 0.39/l
Valid from 11.03.2024 to 24.03.2024. Promo code P-2411-07.
""")

neg("journal_toc", "en", """
Journal of Network Operations, Vol. 18, No. 2 (2024), ISSN 2049-3630, eISSN 2049-3649

pp. 101-118  Adaptive ECMP under microbursts              doi:10.1145/3643832.3661871
pp. 119-136  Measuring BGP convergence at IXPs          doi:10.1109/TNSM.2024.3371120
pp. 137-150  Energy models for 400G optics                doi:10.1016/j.comnet.2024.110214
Book reviews p. 151, ISBN 978-0-262-04864-2 and 978-1-4919-5029-5.
""")
# ---------------------------------------------------------------------------------------------
# Hard negatives, other languages
# ---------------------------------------------------------------------------------------------
neg("changelog", "de", """
Änderungsprotokoll Lagerverwaltung

Version 3.8.1.204 (Freigabe 12.03.2024)
- Behoben: Inventurdifferenzen bei Chargen mit Verfallsdatum 31.12.2024
- Behoben: Abschnitt 4.2.1.3 des Handbuchs verwies auf veraltete Menüpfade
- Geändert: Mindestversion Datenbank 16.1, Java 17.0.10

Version 3.8.0.190 (Freigabe 20.02.2024)
- Neu: Etikettendruck für GS1-128, SSCC 00 340123450000000017
- Bekannt: Build 3.8.0.188 nicht installieren (Ticket LV-1182)
""")

neg("legal", "de", """
Gutachterliche Stellungnahme (Auszug)

Ein Anspruch aus § 823 Abs. 1 BGB setzt eine rechtswidrige und schuldhafte Verletzung eines der dort
genannten Rechtsgüter voraus. Daneben kommt § 823 Abs. 2 BGB i. V. m. § 263 StGB in Betracht.
Die Verjährung richtet sich nach §§ 195, 199 Abs. 1 BGB (drei Jahre ab Schluss des Jahres 2021).
Vgl. BGH, Urt. v. 16.01.2018 - VI ZR 474/16, NJW 2018, 1234 Rn. 12; Art. 6 Abs. 1 lit. f DSGVO.
Az. der Kanzlei: 2024/0318-KA. Frist zur Klageerwiderung: 02.04.2024.
""")

neg("invoice", "de", """
RECHNUNG Nr. RE-2024-004417                    Rechnungsdatum: 29.02.2024
Kundennummer: 10442                            Lieferdatum: 26.02.2024
Ihre Bestellung: 4500198823 vom 19.02.2024

Pos. Artikel        Bezeichnung                 Menge   Einzelpreis   Gesamt
1    WZ-4410-12     Drehmomentschlüssel 40-200  2       189,00 €      378,00 €
2    WZ-0098-03     Bitsatz 32-tlg.             5       24,90 €       124,50 €
Nettobetrag 502,50 €   USt. 19 % 95,48 €   Rechnungsbetrag 597,98 €

Zahlbar bis 30.03.2024 ohne Abzug. Amtsgericht Stuttgart HRB 73 4421, USt-IdNr. DE 811 569 869.
""")

neg("ops_note", "de", """
Wartungsankündigung

Am Samstag, 16.03.2024, von 22:00 bis 02:00 Uhr werden die Server im Rechenzentrum Frankfurt auf
Kernel 6.1.0-18-amd64 aktualisiert. Betroffen: Portal (Version 5.2.11.3), Schnittstelle EDI 2.0.4.
Die Testumgebung (10.10.4.0/24) bleibt erreichbar. Rückfragen über das Ticketsystem, Kategorie
„Infrastruktur", Referenz CHG-2024-0316.
""")

neg("weather", "de", """
Unwetterwarnung des Wetterdienstes, ausgegeben am 21.10.2023 um 05:30 Uhr

Sturmtief „Viktor" zieht über die Nordsee. An der Küste Orkanböen bis 120 km/h, im Binnenland
Sturmböen um 80 km/h. Dauerregen mit 40-60 l/m² bis Sonntag, 22.10.2023, 12:00 Uhr.
Tief „Wilfried" folgt ab Dienstag. Luftdruck im Kern 975 hPa, Verlagerung nach Osten mit 40 km/h.
""")

neg("history", "de", """
Arbeitsblatt Geschichte, Klasse 10

Am 9. November 1989 verkündete Günter Schabowski auf einer Pressekonferenz die neue Reiseregelung.
Konrad Adenauer war von 1949 bis 1963 Bundeskanzler; Willy Brandt erhielt 1971 den Friedensnobelpreis.
Aufgabe 3.2: Vergleiche die Ostpolitik Brandts mit der Westbindung Adenauers (ca. 300 Wörter).
Abgabe bis 22.03.2024. Bewertung nach Raster 2.1-2.4.
""")

neg("product", "de", """
Produktdatenblatt Akku-Bohrschrauber ABS 18-2 LI (Art.-Nr. 0 601 9J4 000)

Spannung 18 V, Drehmoment 60/28 Nm, Leerlaufdrehzahl 0-480/0-1.900 min⁻¹
Gewicht ohne Akku 1,1 kg, Bohrfutter 1,5-13 mm
EAN 4053423205127, Zolltarifnummer 8467 21 10
Lieferumfang: 2 x Akku 2,0 Ah, Ladegerät GAL 18V-20, L-BOXX 102
Garantie 2 Jahre ab Kaufdatum; Stand der Daten 01.03.2024.
""")

neg("sports", "de", """
Spielbericht 26. Spieltag

FC Augsburg - SV Werder Bremen 2:1 (1:0)
Tore: 1:0 (23.), 1:1 (58., Foulelfmeter), 2:1 (87.)
Zuschauer: 30.660 (ausverkauft). Ballbesitz 47,3 % : 52,7 %, Torschüsse 14:11.
Nächstes Spiel: Sa., 30.03.2024, 15:30 Uhr. Tabellenplatz 11 mit 31 Punkten.
""")

neg("changelog", "fr", """
Notes de version - Portail fournisseurs 5.4.0.312 (publiée le 12/03/2024)

Corrections
- La section 2.3.1.4 du guide d'intégration indiquait un mauvais en-tête HTTP
- Import des factures : les montants du type 1 234,56 € sont désormais bien interprétés
Évolutions
- Nouvelle API v3 (OpenAPI 3.1.0), l'API v2 sera retirée le 30/09/2024
- Compatibilité PostgreSQL 16.2 et Java 21.0.2
Version précédente : 5.3.9.288.
""")

neg("invoice", "fr", """
FACTURE N° F-2024-00871                     Date : 04/03/2024
Client : Boulangeries Réunies SAS - service comptabilité
N° client : C-30117     Bon de commande : BC-2024-0219

Désignation                           Qté    PU HT       Total HT
Farine T65 sac 25 kg                  40     18,20 €     728,00 €
Levure fraîche 500 g                  60     2,15 €      129,00 €
Total HT 857,00 €   TVA 5,5 % 47,14 €   Total TTC 904,14 €

Échéance : 03/04/2024. SIRET 552 100 554 00013 - RCS Lyon - TVA FR40 552100554 - NAF 1061A.
""")

neg("legal", "fr", """
Note juridique

Aux termes de l'article 1240 du Code civil, tout fait quelconque de l'homme qui cause à autrui un
dommage oblige celui par la faute duquel il est arrivé à le réparer. Voir Cass. civ. 2e, 12 mai 2022,
n° 20-22.391 ; art. L. 1121-1 du Code du travail ; art. 9 du RGPD.
Délai de prescription : cinq ans (art. 2224 C. civ.). Référence dossier : 24/0318.
""")

neg("weather", "fr", """
Bulletin de vigilance - Météo, le 02/11/2023 à 06h00

La tempête Ciarán touche la Bretagne et la Normandie. Rafales de 150 à 180 km/h sur les côtes
du Finistère, 100 à 130 km/h dans l'intérieur. Vigilance rouge vent violent jusqu'à 18h00.
Cumuls de pluie de 30 à 50 mm. Pression minimale observée 953,5 hPa à Brest.
Prochaine mise à jour à 10h00.
""")

neg("review", "fr", """
Critique littéraire : « Le Comte de Monte-Cristo », relu en 2024

Edmond Dantès, trahi par Fernand Mondego et Danglars, passe quatorze ans au château d'If avant de
revenir sous les traits du comte. Mercédès reste le personnage le plus tragique. Alexandre Dumas
publie le roman en feuilleton entre 1844 et 1846. Édition de poche, 1 504 pages,
ISBN 978-2-253-09806-4. Note : 4,5/5.
""")

neg("shipping", "fr", """
Suivi des expéditions - semaine 11

Transporteur   N° de suivi            Départ         Statut              Livraison prévue
Colissimo      6A12345678901          Roissy         En cours            14/03/2024
Chronopost     XW123456789FR          Chilly-Mazarin Livré               12/03/2024
DHL Express    1234567890             Leipzig        Dédouanement        18/03/2024
UPS            1Z12345E0205271688     Paris Nord     Exception adresse   --
""")

neg("metro", "fr", """
Info trafic - samedi 16 mars

Ligne 4 : travaux entre Châtelet et Porte d'Orléans de 21h30 à la fin du service.
La station Rue de la Pompe reste fermée jusqu'au 24/03. Le RER B circule toutes les 10 minutes
entre Gare du Nord et Aéroport CDG 2. Correspondance conseillée à Denfert-Rochereau.
Bus de remplacement depuis la place de la République, arrêt « Magenta ».
""")

neg("changelog", "es", """
Notas de la versión 2.18.0.77 (publicada el 12/03/2024)

Novedades
- Soporte para facturas electrónicas Verifactu (RD 1007/2023)
- Exportación CSV con separador ';' y decimales con coma (1.234,56)
Correcciones
- Error al calcular el IVA del 21 % en líneas con descuento (incidencia SOP-4471)
- El apartado 3.1.2.5 del manual describía una opción eliminada en la 2.17.4.60
Requisitos: PostgreSQL 15.6 o superior, Node 20.11.1.
""")

neg("invoice", "es", """
FACTURA N.º 2024/A-00318                  Fecha de emisión: 05/03/2024
Cliente: Distribuciones Levante, S.L. - Dpto. de compras
Pedido n.º PED-77104    Albarán ALB-2024-0452

Ref.        Descripción                    Uds.   Precio     Importe
AC-100-5L   Aceite de oliva virgen extra 5 L  24  29,50 €    708,00 €
VN-RJ-075   Vino tinto crianza 0,75 L      120    6,80 €     816,00 €
Base imponible 1.524,00 €   IVA 10 % 152,40 €   Total 1.676,40 €

Vencimiento: 04/04/2024. CIF B-46123450. Inscrita en el Registro Mercantil de Valencia, tomo 8.123.
""")

neg("history", "es", """
Tema 7: La Segunda República y la Guerra Civil

El 14 de abril de 1931 se proclamó la Segunda República. Manuel Azaña fue presidente del Gobierno
entre 1931 y 1933. Federico García Lorca fue asesinado en agosto de 1936. La guerra terminó el
1 de abril de 1939. Actividad 7.3.2: comenta el texto de la Constitución de 1931 (art. 26 y 36).
Entrega: 22/03/2024.
""")

neg("weather", "es", """
Aviso meteorológico, emitido el 18/10/2023 a las 07:00

La borrasca Aline afectará al noroeste peninsular con rachas de 90 a 110 km/h en Galicia y
acumulados de 60 l/m² en 12 horas. Aviso naranja por oleaje en el litoral de A Coruña: olas de 6 a 7 m.
La borrasca Bernard llegará el domingo. Presión mínima 978 hPa.
""")

neg("sports", "es", """
Crónica de la jornada 28

Real Sociedad 1-1 Athletic Club; Sevilla FC 2-0 Celta de Vigo; Girona FC 3-1 Real Betis.
Posesión 58 % - 42 %, tiros a puerta 6-3, asistencia 38.421 espectadores.
Clasificación: el Girona suma 65 puntos en 28 jornadas (20 G, 5 E, 3 P), +32 de diferencia.
Próxima jornada: 30/03/2024, 18:30.
""")

neg("catalog", "es", """
Catálogo de repuestos - grupo 4.2.1 (frenos)

Referencia      EAN              Modelo compatible            PVP
BR-0412-D       8435123456786    Seat León (5F) 1.5 TSI       48,90 €
BR-0418-T       8435123456793    Seat Ibiza (KJ) 1.0 TSI      36,50 €
BR-0502-D       8435123456809    Cupra Formentor 2.0 TSI      72,00 €
Plazo de entrega: 24-48 h. Versión del catálogo 2024.03.1.
""")

neg("deps", "nl", """
# Installatie-instructie portaal (versie 4.12.0.37)

1. Vereisten: Docker 25.0.3, docker compose 2.24.6, minimaal 8 GB RAM.
2. Haal de images op: `docker pull nginx:1.25.3-alpine` en `docker pull postgres:16.2`.
3. Kopieer `.env.example` naar `.env` en vul `DB_PASSWORD=<jouw-wachtwoord>` in.
4. Start: `docker compose up -d`; de beheerpagina draait op http://192.168.1.20:8080.
5. Controleer paragraaf 3.4.2.1 voor het instellen van TLS.
""")

neg("invoice", "nl", """
FACTUUR 2024-00318                         Factuurdatum: 05-03-2024
Klantnummer: 88104                         Uw referentie: PO-2024-0219
Betreft: onderhoudscontract koelinstallaties, periode Q1 2024

Omschrijving                               Aantal   Prijs       Bedrag
Preventief onderhoud, locatie Tilburg      1        € 1.240,00  € 1.240,00
Storingsdienst 24/7 (abonnement)           3        € 95,00     € 285,00
Subtotaal € 1.525,00   Btw 21% € 320,25   Totaal € 1.845,25

Betaling binnen 30 dagen. KvK 12345678, btw-nummer NL001234567B01.
""")

neg("news", "nl", """
Beursoverzicht: de AEX sloot dinsdag 0,8 procent hoger op 843,21 punten. ASML won 2,2 procent,
Adyen verloor 1,4 procent na de kwartaalcijfers. Op het Damrak werd voor 1,9 miljard euro verhandeld.
Wall Street opende licht hoger. De euro noteerde 1,0926 dollar. De rente op tienjarig staatspapier
daalde naar 2,71 procent. Volgende publicatie inflatiecijfers: 28.03.2024.
""")

neg("weather", "nl", """
Weerbericht, uitgegeven 02-11-2023 06:00

Storm Ciarán trekt over het Kanaal naar de Noordzee. Code oranje voor de kustprovincies: windstoten
tot 110 km/u, in het binnenland 80-90 km/u. Er valt 15 tot 30 mm regen. De luchtdruk daalt tot 958 hPa.
Vanaf vrijdagmiddag neemt de wind af naar kracht 5 Bft.
""")

neg("logistics", "nl", """
Verzendoverzicht week 11

Vervoerder   Zendingnummer        Van            Status           Verwacht
PostNL       3SABCD1234567        Utrecht        Onderweg         14-03-2024
DHL          JVGL0612345678901234 Amsterdam      Afgeleverd       12-03-2024
DPD          05212345678901       Venlo          In depot         15-03-2024
GLS          51234567890          Nieuwegein     Adres onbekend   --
""")

neg("history", "nl", """
Geschiedenis, hoofdstuk 4: De Gouden Eeuw

Johan van Oldenbarnevelt werd in 1619 onthoofd. Michiel de Ruyter voerde in 1667 de tocht naar
Chatham aan. Rembrandt voltooide De Nachtwacht in 1642. Opdracht 4.2.3: vergelijk de positie van
de stadhouder met die van de raadpensionaris. Inleveren vóór 22-03-2024.
""")

neg("changelog", "pt", """
Notas de lançamento - ERP Fiscal 7.3.2.15 (12/03/2024)

Correções
- Cálculo do IVA a 23 % em faturas com desconto comercial
- O ponto 5.1.2.3 do manual referia um menu removido na versão 7.2.9.80
Novidades
- Comunicação de séries à AT (Portaria n.º 195/2020)
- Exportação SAF-T (PT) 1.04_01
Requisitos: SQL Server 2019 CU25, .NET 8.0.2.
""")

neg("invoice", "pt", """
FATURA FT 2024/318                         Data: 05/03/2024
Cliente: Conservas do Atlântico, Lda. - departamento financeiro
N.º de encomenda: ENC-2024-0452

Artigo        Descrição                      Qtd.   Preço      Total
CX-120-LAT    Caixa cartão 120 latas         300    1,45 €     435,00 €
ET-AUTO-50    Etiquetas autocolantes (rolo)  40     6,20 €     248,00 €
Total ilíquido 683,00 €   IVA 23 % 157,09 €   Total 840,09 €

Vencimento: 04/04/2024. NIPC 503 004 642. ATCUD: JFM3N8K2-318.
""")

neg("sports", "pt", """
Resumo da jornada 25

FC Porto 2-1 SC Braga, Benfica 3-0 Vitória SC, Sporting CP 1-1 Boavista.
Assistência no Estádio do Dragão: 41.872. Posse de bola 61 % - 39 %.
Classificação: Sporting 62 pontos, Benfica 61, FC Porto 53. Próxima jornada a 30.03.2024, às 20h30.
""")

neg("weather", "pt", """
Aviso meteorológico emitido a 23/10/2023 às 09h00

A depressão Aline provoca precipitação forte no Minho e Douro Litoral, com acumulados de 40 mm
em 6 horas. Rajadas até 90 km/h no litoral e 110 km/h nas terras altas. Agitação marítima:
ondas de 5 a 6 metros. Aviso laranja até às 21h00 de 24/10/2023.
""")

neg("tutorial", "pt", """
Guia rápido: configurar o router

1. Ligue o portátil à porta LAN 1 e abra http://192.168.0.1 no navegador.
2. Utilizador: admin, palavra-passe: a indicada na etiqueta (por omissão "admin").
3. Em Rede > LAN defina a gama DHCP 192.168.0.100 - 192.168.0.199.
4. Atualize o firmware para a versão 1.0.9.4 Build 20231117.
5. Guarde e reinicie; o router responde novamente em cerca de 90 segundos.
""")

neg("changelog", "it", """
Note di rilascio - Gestionale Magazzino 6.1.4.208 (12/03/2024)

Correzioni
- Calcolo IVA al 22 % su righe con sconto in cascata (segnalazione GM-3318)
- Il paragrafo 2.4.1.2 del manuale citava la versione 6.0.9.170
Novità
- Fatturazione elettronica FatturaPA 1.2.2, codice destinatario a 7 caratteri
- Esportazione in formato CSV con date 31.12.2024
""")

neg("invoice", "it", """
FATTURA N. 318/2024                        Data: 05/03/2024
Cliente: Ceramiche del Tirreno S.r.l. - ufficio acquisti
Ordine n. ORD-2024-0452   DDT n. 1127 del 01/03/2024

Codice       Descrizione                     Q.tà   Prezzo     Importo
PV-60x60-GR  Piastrella gres 60x60 grigio    180    14,90 €    2.682,00 €
CL-25-BI     Colla cementizia 25 kg          40     11,30 €    452,00 €
Imponibile 3.134,00 €   IVA 22 % 689,48 €   Totale 3.823,48 €

Scadenza 30 gg d.f.f.m. P.IVA IT 01234567897, REA MI-1234567, cap. soc. 50.000 € i.v.
""")

neg("history", "it", """
Storia, unità 5: il Risorgimento

Giuseppe Garibaldi salpò da Quarto con i Mille il 5 maggio 1860. Camillo Benso, conte di Cavour,
morì il 6 giugno 1861. Vittorio Emanuele II fu proclamato re d'Italia il 17 marzo 1861.
Esercizio 5.2.3: confronta il progetto mazziniano con quello cavouriano. Consegna entro il 22/03/2024.
""")

neg("sports", "it", """
Serie A, 28ª giornata

Inter - Napoli 1-1, Juventus - Genoa 0-0, Roma - Fiorentina 2-2, Atalanta - Bologna 1-2.
Spettatori a San Siro: 73.412. Possesso palla 55 % - 45 %, tiri in porta 7-4.
Classifica: Inter 76 punti, Milan 62, Juventus 59. Prossimo turno sabato 30.03.2024 ore 18:00.
""")

neg("product", "it", """
Scheda tecnica - Macchina da caffè espresso EC-9 (cod. art. 0132217054)

Pressione 15 bar, potenza 1.350 W, serbatoio 1,8 L, peso 4,6 kg
Dimensioni 29,5 x 24,0 x 33,5 cm. EAN 8004399331129.
Firmware scheda 2.3.0.17, numero di serie del lotto campione SN 2403-EC9-00412.
Garanzia 24 mesi dalla data d'acquisto. Conforme alla direttiva 2014/35/UE.
""")

neg("changelog", "pl", """
Informacja o wydaniu - System Kadrowy 9.2.1.44 (12.03.2024)

Poprawki
- Naliczanie składek ZUS dla umów zleceń od 01.03.2024
- Punkt 4.3.2.1 instrukcji odnosił się do wersji 9.1.7.30
Nowości
- Obsługa JPK_V7M(2) oraz e-Doręczeń
- Eksport do formatu XLSX (biblioteka 3.1.2)
Wymagania: PostgreSQL 15.6, Java 17.0.10.
""")

neg("invoice", "pl", """
FAKTURA VAT nr FV/2024/03/318               Data wystawienia: 05.03.2024
Nabywca: Przedsiębiorstwo Budowlane Wisła Sp. z o.o., dział zakupów
NIP nabywcy: 526-000-12-46        Zamówienie: ZAM/2024/0219

Lp. Nazwa                          Ilość   Cena netto   Wartość netto   VAT
1   Cement CEM II 25 kg            120     21,50 zł     2 580,00 zł     23%
2   Stal zbrojeniowa fi 12         2,4 t   3 850,00 zł  9 240,00 zł     23%
Razem netto 11 820,00 zł   VAT 2 718,60 zł   Brutto 14 538,60 zł

Termin płatności: 04.04.2024. REGON 012345678, KRS 0000123456.
""")

neg("weather", "pl", """
Ostrzeżenie meteorologiczne, wydane 24.12.2023 o 08:00

Niż Zoltan przynosi silny wiatr na wybrzeżu: porywy do 110 km/h, w głębi kraju do 80 km/h.
Suma opadów 20-35 mm. Ostrzeżenie 2. stopnia obowiązuje do 25.12.2023, godz. 18:00.
Ciśnienie w centrum niżu 970 hPa, przemieszczanie się na wschód z prędkością 45 km/h.
""")

neg("history", "pl", """
Historia, rozdział 6: II Rzeczpospolita

Józef Piłsudski objął funkcję Naczelnika Państwa 22 listopada 1918 r. Gabriel Narutowicz został
zamordowany 16 grudnia 1922 r. Ignacy Paderewski był premierem w 1919 r.
Zadanie 6.2.4: porównaj konstytucję marcową z konstytucją kwietniową. Termin oddania: 22.03.2024.
""")

neg("logistics", "pl", """
Raport przesyłek - tydzień 11

Przewoźnik   Numer przesyłki          Nadanie      Status             Doręczenie
InPost       520113017830399002316127 Warszawa     W drodze           14.03.2024
DPD          0000123456789U           Poznań       Doręczona          12.03.2024
Poczta Pol.  RR123456789PL            Kraków       Awizo              --
DHL          JJD000390007712345678    Stryków      Odprawa celna      18.03.2024
""")

neg("changelog", "sv", """
Versionsinformation - Tidrapport 11.4.0.92 (2024-03-12)

Rättat
- Beräkning av OB-tillägg för helgdagar (ärende TR-2291)
- Avsnitt 3.2.1.4 i handboken hänvisade till version 11.3.8.71
Nytt
- Export till SIE 4B och stöd för BankID-inloggning via OIDC
- Lägsta krav: PostgreSQL 15.6, .NET 8.0.2
""")

neg("invoice", "sv", """
FAKTURA 2024-0318                          Fakturadatum: 2024-03-05
Kund: Nordströms Bygg & Fastighet AB, ekonomiavdelningen
Kundnummer: 30117     Er referens: inköp, order 4500-2219

Artikel     Benämning                     Antal   À-pris      Belopp
GK-13-120   Gipsskiva 13 mm 120x260       150     98,00 kr    14 700,00 kr
RE-45-3600  Regel 45x70 C24, 3,6 m        200     52,50 kr    10 500,00 kr
Netto 25 200,00 kr   Moms 25 % 6 300,00 kr   Att betala 31 500,00 kr

Förfallodatum 2024-04-04. Bankgiro 5050-1055. Org.nr 556036-0793. Godkänd för F-skatt.
""")

neg("weather", "sv", """
Vädervarning utfärdad 2023-10-20 kl 06.00

Stormen Babet ger kraftiga vindbyar på 25-30 m/s längs Skånes och Blekinges kuster.
Orange varning för höga vattenstånd: upp till 1,5 m över medelvattenstånd i Ystad.
Regnmängder 40-70 mm fram till lördag 21.10 kl 12.00. Lufttryck 972 hPa.
""")

neg("sports", "sv", """
Matchrapport, Allsvenskan omgång 3

Malmö FF - IFK Göteborg 2-0 (1-0). Mål: 1-0 (34'), 2-0 (71', straff).
Publik: 21 403. Bollinnehav 62 % - 38 %, skott på mål 8-2.
Hammarby IF - Djurgårdens IF 1-1. AIK - IFK Norrköping 3-2.
Nästa omgång: 2024-04-13 kl 15.00.
""")

neg("tutorial", "sv", """
Snabbguide: fast IP-adress på skrivaren

1. Öppna skrivarens webbsida på http://192.168.1.35 (standard från fabrik).
2. Gå till Nätverk > TCP/IPv4 och välj Manuell.
3. Ange IP 10.0.0.40, nätmask 255.255.255.0 och gateway 10.0.0.1.
4. Uppdatera firmware till 4.12.0.7 och starta om.
5. Testsida: tryck och håll Info-knappen i 5 sekunder.
""")
# ---------------------------------------------------------------------------------------------
# Positives, English
# ---------------------------------------------------------------------------------------------
pos("ticket", "en", """
Ticket #CS-118204  |  Priority: normal  |  Channel: web form
Subject: Parcel marked delivered but never arrived (order ORD-7781931)

Customer: [[N:Adaeze Nwosu]]
Email: [[E:adaeze.nwosu84@gmail.com]]
Phone: [[P:+44 7700 914 338]]
Delivery address: [[A:Flat 6, 41 Ashgrove Road]], Bristol BS7 9LJ, United Kingdom

Message:
Hi, tracking 1Z4F82E90394817299 says delivered on 11/03 at 14:02 but nothing was left with me or
my neighbours. Could you open a claim with UPS? -- [[N:Adaeze]]

Agent note ([[N:Callum Reid]]): carrier claim CLM-55301 opened, replacement approved (SKU TR-2041-BLK, size 42).
""")

pos("access_log", "en", """
[[IP:81.44.172.9]] - - [12/Mar/2024:08:14:22 +0000] "POST /account/login HTTP/2.0" 200 512 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
[[IP:81.44.172.9]] - - [12/Mar/2024:08:14:23 +0000] "GET /account/orders?email=[[E:r.castellanos@outlook.com]] HTTP/2.0" 200 8812 "-" "Mozilla/5.0"
[[IP:2a02:c7c:5e48:b100:1d4e:82ff:fe0a:91c3]] - - [12/Mar/2024:08:15:02 +0000] "GET /static/app.4f1c2b7e.js HTTP/2.0" 200 184221 "-" "Safari/17.3"
[[IP:197.210.53.88]] - - [12/Mar/2024:08:15:40 +0000] "POST /password/reset HTTP/2.0" 302 0 "-" "okhttp/4.12.0"
""")

pos("config", "en", """
# config/production.yml  -- DO NOT COMMIT (committed by mistake in a3c9e71, rotate!)
database:
  url: [[U:postgres://ledger_app:Vq8#tLr2pXw9!mZe@db-prod-1.c7xq2k.eu-west-1.rds.amazonaws.com:5432/ledger]]
  pool: 20
aws:
  access_key_id: [[K:AKIA4QX7RMZ2LJT3N6VB]]
  secret_access_key: [[K: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]]
  region: eu-west-1
stripe:
  secret_key: [[K:sk_live_51OaT7kLq2Xv9Zr3Mw8Yp1Nd4Cb6Hf0Jg2Ks5Ue7Wi9Ax3Bz]]
smtp:
  host: smtp.sendgrid.net
  password: [[K:SG.q7Rt2LxP9vWk3mZ8nY1bQd.4HfJ6sKa0Ce2Gu5Ti7Ow9Ly3Nr1Mb8Vp6Xz4Qc2Sd]]
""")

pos("csv_export", "en", """
customer_id,first_name,last_name,email,phone,date_of_birth,postcode,signup
C-100231,[[N:Mei]],[[N:Takahashi]],[[E:mei.takahashi@icloud.com]],[[P:+1 415 555 0172]],[[D:1991-07-23]],94110,2023-11-02
C-100232,[[N:Oluwaseun]],[[N:Balogun]],[[E:seun.balogun@yahoo.co.uk]],[[P:+44 7911 204 761]],[[D:1986-02-14]],SE15 4QL,2023-11-02
C-100233,[[N:Grzegorz]],[[N:Wilk]],[[E:g.wilk@onet.pl]],[[P:+48 601 448 219]],[[D:1979-10-30]],02-495,2023-11-03
C-100234,[[N:Ingrid]],[[N:Solberg]],[[E:ingrid.solberg@hotmail.no]],[[P:+47 924 61 083]],[[D:2001-05-08]],0558,2023-11-04
""")

pos("crm_note", "en", """
CRM > Accounts > Harbor Freightways LLC > Activity

2024-03-05 10:12  Call logged by [[N:Danielle Okonkwo]]
Spoke with [[N:Marcus Delgado]] (fleet manager). He wants the Ford Transit telematics add-on for all
42 vans starting Q2. Budget approved up to $18,400/yr. Send the quote to [[E:mdelgado@harborfreightways.com]]
and cc his assistant [[N:Tanya Brooks]] ([[E:tbrooks@harborfreightways.com]]). Direct line [[P:(312) 555-0187]].
Follow-up: demo on 2024-03-19 at 15:00 CST. Contract ref. OPP-2024-0771.
""")

pos("hr_record", "en", """
EMPLOYEE MASTER RECORD (confidential)           Employee ID: E-004417

Legal name:        [[N:Jerome Whitfield]]
Preferred name:    [[N:Jerry]]
Date of birth:     [[D:04/17/1983]]
SSN:               [[S:521-38-4471]]
Home address:      [[A:2217 Cedar Hollow Lane, Apt 4B]], Raleigh, NC 27606
Driver's license:  NC [[ID:000042917355]]
Personal email:    [[E:jwhitfield83@gmail.com]]
Mobile:            [[P:(919) 555-0148]]
Emergency contact: [[N:Lorraine Whitfield]] (spouse) [[P:(919) 555-0162]]

Position: Senior Accountant, grade 7, hired 2019-08-05. Cost centre CC-4410.
""")

pos("invoice", "en", """
INVOICE 2024-0219                               Date: 05 March 2024
From: [[N:Saoirse Kavanagh]] - freelance translation
      [[A:14 Merrion Terrace]], Dublin 4, Ireland
To:   Northwind Trading Ltd, Accounts Payable (PO 4500198911)

Translation EN>DE, 12,400 words @ EUR 0.11            EUR 1,364.00
Proofreading, 6 h @ EUR 45.00                         EUR 270.00
Total (VAT reverse charge, Art. 196 Directive 2006/112/EC)  EUR 1,634.00

Please pay within 14 days to IBAN [[I:IE?? AIBK 9320 6148 8127 04]] (BIC AIBKIE2D),
account holder [[N:Saoirse Kavanagh]]. Questions: [[E:saoirse@kavanagh-translations.ie]]
""")

pos("commit_log", "en", """
commit 8e4b1f0c27d94a53b6e1d0f8a2c7395e4b6d1a20
Author: [[N:Tomasz Wierzbicki]] <[[E:tomasz.wierzbicki@northwind.io]]>
Date:   Tue Mar 12 09:41:07 2024 +0100

    fix(posting): round half-even for JPY (PLAT-4412)

    Signed-off-by: [[N:Tomasz Wierzbicki]] <[[E:tomasz.wierzbicki@northwind.io]]>
    Reviewed-by: [[N:Aiyana Redcloud]] <[[E:aiyana.redcloud@northwind.io]]>

commit 3f9a2c71e4b8d05a6c1f27e9b03d48a5c6e71b90
Merge: 1c2d3e4 5f6a7b8
Author: [[N:Kwabena Asante]] <[[E:kasante@users.noreply.github.com]]>
Date:   Mon Mar 11 17:22:40 2024 +0000

    Merge pull request #1182 from northwind/fix/rounding
""")

pos("chat", "en", """
#incident-checkout  (Slack export, 2024-03-12)

10:02  [[N:Sunita Rao]]: 502s spiking on checkout, paging on-call
10:03  [[N:Liam O'Donoghue]]: ack, looking. @[[N:sunita.rao]] can you pull the LB logs?
10:05  [[N:Sunita Rao]]: top offender is [[IP:103.21.244.17]], 4k req/min against /api/v2/carts
10:06  [[N:Liam O'Donoghue]]: that's the partner integration, not an attack. Rate limit bumped to 6k
10:19  [[N:Liam O'Donoghue]]: recovered. INC0012345 updated, RCA owner @[[N:liam.odonoghue]]
10:20  platform-bot: status page incident #418 resolved
""")

pos("dhcp", "en", """
# dhcpd.leases excerpt - corporate WLAN (staff devices, retained 30 days per policy IT-SEC-07)
lease [[IP:172.20.14.31]] {
  starts 2 2024/03/12 07:51:03; ends 2 2024/03/12 19:51:03;
  hardware ethernet [[MAC:a4:83:e7:2b:19:c6]];
  client-hostname "LT-0412";   # assigned to [[N:Farida Haddad]]
}
lease [[IP:172.20.14.37]] {
  starts 2 2024/03/12 08:02:44; ends 2 2024/03/12 20:02:44;
  hardware ethernet [[MAC:3c:22:fb:90:4e:d1]];
  client-hostname "MBP-0457";  # assigned to [[N:Henrik Lindqvist]]
}
""")

pos("security_incident", "en", """
SECURITY INCIDENT REPORT  SIR-2024-009
Detected: 2024-03-09 02:14 UTC by impossible-travel rule (rule id IT-03, v1.4.2)

Account:      [[E:v.mukherjee@northwind.io]] ([[N:Vikram Mukherjee]], Finance)
Sign-in 1:    [[IP:49.36.117.204]] (Pune, IN) at 01:58 UTC, MFA passed
Sign-in 2:    [[IP:185.220.101.47]] (Tor exit) at 02:11 UTC, MFA push denied
Device:       [[MAC:f0:18:98:6a:2e:7b]] (registered laptop LT-0388)
Actions: session revoked, password reset forced, user contacted by phone at [[P:+91 98204 55317]].
Analyst: [[N:Rebecca Stone]]. Status: contained, no data access confirmed.
""")

pos("env_file", "en", """
# .env (production) -- leaked in support bundle SB-2291, all values rotated 2024-03-12
NODE_ENV=production
DATABASE_URL=[[U:mysql://shop_rw:h7Kq2Wx9Lm4Pz@10.0.3.7:3306/shop]]
REDIS_URL=[[U:redis://default:Tq8vZ3nL6yWc1Rb@redis-prod.internal:6379/0]]
GITHUB_TOKEN=[[K:ghp_R7mK2xQ9vL4tZ8wN1pB6yH3cJ5dF0gS2aE7u]]
SLACK_BOT_TOKEN=[[K:xoxb-7741203958-6619402387715-Hq3Zr8LmT2vXy9Wk4Pn1Bc6D]]
JWT_SECRET=[[K:4f9c2a7e1b8d3f6a0c5e9b2d7f1a4c8e3b6d0f9a2c5e8b1d4f7a0c3e6b9d2f5a]]
LOG_LEVEL=info
""")

pos("k8s_secret", "en", """
apiVersion: v1
kind: Secret
metadata:
  name: payments-db
  namespace: payments
type: Opaque
stringData:
  username: payments_svc
  password: [[K:Zr4!qW8nLx2@Tm6v]]
  url: [[U:postgresql://payments_svc:Zr4!qW8nLx2%40Tm6v@pg-payments.payments.svc:5432/payments]]
  encryption-key: [[K:Qm9vS2xlM2ZKcU5yWnE4dEx3UHkyVm1YN2hCNWNEMGs=]]
""")

pos("runbook", "en", """
Mirror sync (temporary, remove after migration!)

  git remote set-url backup [[U:https://ci-mirror:glpat-Xk9mR2vQ7tL4wZ8pN3bY@gitlab.northwind.io/platform/ledger.git]]
  git push backup --mirror

Artifacts upload:
  curl -T ledger_2.9.2.tgz [[U:ftp://releases:Fr33z3r-88@ftp.partner-nw.net/incoming/]]

Owner: [[N:Ngozi Eze]] (platform). Delete this page after 2024-04-01.
""")

pos("travel_booking", "en", """
GROUP BOOKING - Offsite Lisbon, 15-18 April 2024 (ref GRP-2024-0415)

Traveller               DOB          Nationality  Passport      Expiry       Seat
[[N:CHEN/YUTONG]]             [[D:1990-03-14]]   CN           [[ID:EJ4821937]]     2031-06-01   14C
[[N:ABUBAKAR/HALIMA]]         [[D:1985-11-02]]   NG           [[ID:A07734219]]     2028-02-18   14D
[[N:MORENO/JAVIER]]           [[D:1978-06-27]]   ES           [[ID:PAK481223]]     2029-09-30   15A
[[N:FITZGERALD/ORLA]]         [[D:1994-01-09]]   IE           [[ID:PD1193047]]     2030-12-11   15B

Fares: 4 x EUR 412.60 incl. taxes. Ticketing deadline 2024-03-20. Agent: [[N:Keisha Montgomery]].
""")

pos("payroll_export", "en", """
payroll_run=2024-03-15  entity=NW-US  currency=USD
emp_id,name,ssn,dob,routing,account_last4,gross,net
E-1102,[[N:Darnell Hayes]],[[S:408-62-1937]],[[D:1975-09-03]],"""+aba("02600959")+""",4471,6250.00,4712.18
E-1107,[[N:Rosa Villanueva]],[[S:612-04-8851]],[[D:1992-12-19]],"""+aba("11100061")+""",0938,4875.00,3811.40
E-1119,[[N:Bartholomew Quist]],[[S:274-91-3306]],[[D:1968-04-25]],"""+aba("02600959")+""",7720,9100.00,6604.95
-- generated by payroll-export 3.4.2.77
""")

pos("background_check", "en", """
Background Check Authorization (FCRA) - candidate copy

Full legal name: [[N:Teodora Vasquez-Lindgren]]
Other names used: [[N:Teodora Vasquez]]
Date of birth: [[D:August 9, 1988]]
Social Security Number: [[S:533-27-9014]]
Current address: [[A:908 Larkspur Court]], Boise, ID 83704
Previous address (2016-2021): [[A:77 W. Harmon Street, Unit 12]], Reno, NV 89502
Driver's license: NV [[ID:1502847731]]

Signature on file, dated 03/08/2024. Package: Standard Plus (county criminal 7 yrs, MVR).
""")

pos("insurance_claim", "en", """
CLAIM FORM - Motor  |  Claim no. MC-2024-018822  |  Policy no. PLY-7734-2219

Policyholder:  Mr [[N:Rajesh Venkataraman]]
Date of birth: [[D:22/06/1971]]
Address:       [[A:3 Chestnut Mews]], Reading RG1 8QR
Telephone:     [[P:0118 496 0733]]
Vehicle:       Ford Transit Custom 2.0, reg YK23 ABF, VIN WF0XXXTTGXKJ12399
Incident:      08/03/2024 17:40, rear-ended at a roundabout on the A33 (dashcam footage available).
Third party:   [[N:Agnieszka Borowska]], tel. [[P:07700 918 204]]
Bank details for settlement: sort code 40-47-84, account [[I:GB?? MIDL 4047 8412 3456 78]]
""")

pos("student_record", "en", """
Registrar - enrolment record (FERPA protected)

Student: [[N:Kaito Yamamoto-Reyes]]         Cohort: 2022 entry
DOB: [[D:2004-10-11]]                         Program: BSc Computer Science, year 2
Local address: [[A:1420 Grandview Avenue, Room 318]], Columbus, OH 43212
Guardian: [[N:Luz Reyes]], [[E:luz.reyes.home@gmail.com]], [[P:(614) 555-0139]]
Financial aid: award letter FA-2024-7731 (Pell, $3,697.50 per term)
Advisor: Dr. [[N:Hamid Farahani]]
""")
pos("dsar", "en", """
From: [[N:Philippa Ashworth-Grant]] <[[E:pip.ashworth.grant@btinternet.com]]>
To: Data Protection Officer, Northwind
Date: Mon, 11 Mar 2024 19:04:51 +0000
Subject: Subject access request (Article 15 UK GDPR)

Dear Data Protection Officer,

Please provide a copy of all personal data you hold about me. To help you locate my records:
full name [[N:Philippa Jane Ashworth-Grant]], date of birth [[D:3 February 1969]], previous address
[[A:22 Wellington Crescent]], Harrogate HG1 2AF, current address [[A:The Old Forge, 5 Mill Lane]],
Knaresborough HG5 0QT, customer number 00771204. You may call me on [[P:07723 449 120]].

Yours faithfully,
[[N:Philippa Ashworth-Grant]]
""")

pos("email_thread", "en", """
From: [[N:Gustavo Pereira]] <[[E:gpereira@brightwaterhotels.com]]>
Sent: 12 March 2024 08:31
To: Northwind Support
Subject: RE: RMA-240312-0046 access points DOA

Hi [[N:Yusuf]],

Thanks for the quick RMA. The replacement units should go to our Porto site manager,
[[N:Inês Carvalho]], [[A:Rua de Cedofeita 412, 3.º Esq.]], 4050-181 Porto. Her mobile is
[[P:+351 912 448 305]] if the courier needs it.

Best, [[N:Gustavo]]

> From: [[N:Yusuf Demir]] <[[E:ydemir@northwind.io]]>
> RMA approved for serials SN24A0003917 and SN24A0003922 (firmware 8.10.0.9).
""")

pos("minutes", "en", """
Minutes - Data platform steering group, 7 March 2024

Present: [[N:Olamide Adeyemi]] (chair), [[N:Bjorn Halvorsen]], [[N:Chiara Benedetti]], [[N:Deepak Malhotra]]
Apologies: [[N:Fiona MacLeod]]

1. Release 1.10.2.3 of the ETL is live; [[N:Bjorn]] reported 0 failed runs since 2024-03-01.
2. Budget: EUR 812,300 consumed (61.4%). [[N:Chiara]] to re-forecast by 2024-03-22.
3. Retention: agreed 13 months for raw clickstream. [[N:Deepak]] to update policy DP-07 section 4.2.1.
Actions: AP-118 ([[N:Olamide]]), AP-119 ([[N:Fiona]]), AP-120 (platform team).
Next meeting: 04.04.2024, room 2.01.
""")

pos("right_to_work", "en", """
RIGHT TO WORK CHECK - UK (manual document check)

Candidate:           [[N:Emeka Chukwuemeka]]
Date of birth:       [[D:12/09/1990]]
Document:            Passport (Nigeria), no. [[ID:A10448273]], expiry 14/05/2029
BRP:                 [[ID:ZX4108826]], expiry 31/12/2024
NI number:           [[ID:JT 48 29 17 B]]
Checked by:          [[N:Harriet Simmons]] (HR), in person, 04/03/2024 at 10:15
Start date:          18/03/2024
Copies stored in the HR vault, folder RTW-2024-031. Follow-up check due 01/12/2024.
""")

pos("visitor_log", "en", """
Reception visitor log - HQ, Tuesday 12.03.2024

Time in  Time out  Visitor                 Company               Host                  Badge
08:52    11:30     [[N:Anneliese Brandt]]        Keystone Fasteners    [[N:Marco Ventura]]         V-0412
09:15    09:58     [[N:Tariq Al-Mansouri]]       (interview)           [[N:Joanne Pike]]           V-0413
10:40    16:05     [[N:Sven Ekdahl]]             Apex Industrial       [[N:Marco Ventura]]         V-0414
13:20    --        [[N:Ayodele Ogunleye]]        DHL Express (courier) Goods-in              V-0415

Fire roll call copy printed at 13:30.
""")

pos("auth_log", "en", """
Mar 12 03:14:07 bastion-prod sshd[21873]: Failed password for invalid user admin from [[IP:218.92.0.112]] port 51234 ssh2
Mar 12 03:14:09 bastion-prod sshd[21873]: Failed password for invalid user admin from [[IP:218.92.0.112]] port 51234 ssh2
Mar 12 03:15:44 bastion-prod sshd[21911]: Connection closed by authenticating user root [[IP:45.148.10.203]] port 40122 [preauth]
Mar 12 07:58:31 bastion-prod sshd[22407]: Accepted publickey for deploy from [[IP:86.145.22.190]] port 60218 ssh2: ED25519 SHA256:pX3m9qLr7bN2vT8yK4cW1zD6fH0jS5aE9uG3oI7kM2Q
Mar 12 07:58:31 bastion-prod sshd[22407]: pam_unix(sshd:session): session opened for user deploy(uid=1001)
""")

pos("leads_csv", "en", """
lead_id;company;contact;title;email;phone;source;score
L-7781;Crescent Dental Group;Dr. [[N:Nadia Rahman]];Practice owner;[[E:nadia.rahman@crescentdental.co.uk]];[[P:+44 20 7946 0381]];webinar 2024-02;82
L-7782;Pinewood Outdoor;[[N:Conor Gallagher]];Ops lead;[[E:conor@pinewoodoutdoor.ie]];[[P:+353 87 412 9930]];trade show;67
L-7783;Lumen Analytics;[[N:Zhang Wei]];CTO;[[E:wei.zhang@lumen-analytics.sg]];[[P:+65 9123 4471]];inbound;91
L-7784;Baobab Logistics;[[N:Wanjiru Kamau]];Procurement;[[E:w.kamau@baobablogistics.co.ke]];[[P:+254 722 418 306]];referral;74
""")

pos("rental_application", "en", """
RENTAL APPLICATION - Unit 3C, The Larchmont (listing LM-2024-031)

Applicant:            [[N:Desmond Achterberg]]
Date of birth:        [[D:1982-01-29]]
SSN:                  [[S:389-50-2217]]
Current address:      [[A:615 Bluebonnet Drive]], Austin, TX 78745 (since 2019)
Employer:             Hill Country Medical Center, RN, 6 years, $84,000/yr
Co-applicant:         [[N:Priscilla Achterberg]], DOB [[D:1984-07-06]], SSN [[S:390-18-6642]]
Landlord reference:   [[N:Gordon Tate]], [[P:(512) 555-0119]]
Application fee $55 paid by card ending 4471 on 03/10/2024.
""")

pos("bank_confirmation", "en", """
PAYMENT CONFIRMATION - SEPA Credit Transfer

Execution date:     12.03.2024
Ordering party:     [[N:Matthias Kronberger]]
Debit account:      [[I:AT?? 2011 1822 2121 9800]]
Beneficiary:        [[N:Élodie Marchand]]
Credit account:     [[I:FR?? 3000 4000 0312 3456 7890 143]]
BIC:                BNPAFRPPXXX
Amount:             EUR 1,250.00
Reference:          Rent April 2024, flat 2
End-to-end ID:      E2E-20240312-0000044171
""")

pos("chargeback", "en", """
CHARGEBACK CASE CB-2024-00418   Reason code 13.1 (merchandise not received)

Cardholder:        [[N:Whitney Oyelaran]]
PAN (from legacy export, must be purged): [[C:4539 7720 1846 205?]]
Masked PAN:        4539 77** **** ****
Transaction:       2024-02-14, USD 318.40, auth code 0A41F2, ARN 74987504045000123456789
Shipping address:  [[A:3100 Magnolia Boulevard, Suite 210]], Burbank, CA 91505
Evidence due:      2024-03-20 (proof of delivery: FedEx 7749 8213 5530, signature on file)
""")

pos("pharmacy", "en", """
HOME DELIVERY NOTE - Rx batch 2024-03-12-PM

Patient:       [[N:Gwendolyn Fairbairn]]
DOB:           [[D:14 Nov 1947]]
Address:       [[A:Flat 2, 19 Kestrel Court]], Norwich NR4 7TJ
Phone:         [[P:01603 496 882]]
Items:         Atorvastatin 20 mg x 28; Amlodipine 5 mg x 28 (NDC/PIP codes 3451327, 2944613)
Delivery slot: 14:00-16:00. Leave with neighbour at no. 21 if out (Mr [[N:Okafor]] -> see note).
Driver:        [[N:Stelian Popescu]]
""")

pos("jira", "en", """
SUP-9931  Customer cannot update billing address
Reporter: [[N:Aroha Ngata]]   Assignee: [[N:Pieter Jansen]]   Priority: Medium   Affects: 6.14.0

Description
Customer [[N:Hollis Beaumont]] ([[E:hollis.beaumont@fastmail.com]], account 00914422) gets error
E-4102 when saving the new address [[A:88 Riverside Walk, Apt 5]], Portland, ME 04101.
Old address still shows [[A:12 Pleasant Street]]. App build 61400218 on iOS 17.3.1.

Comment ([[N:Pieter Jansen]]): reproduced; the ZIP+4 04101-3327 fails our regex. Fix in 6.14.1.
""")

pos("vpn_log", "en", """
2024-03-12 06:44:10 vpn-gw01 user=[[E:ines.ferreira@northwind.io]] src=[[IP:94.63.201.14]] mac=[[MAC:8c:85:90:1f:aa:37]] assigned=[[IP:10.8.0.41]] result=SUCCESS
2024-03-12 06:51:55 vpn-gw01 user=[[E:o.akinyemi@northwind.io]] src=[[IP:102.89.33.176]] mac=[[MAC:dc:41:a9:07:6b:e2]] assigned=[[IP:10.8.0.42]] result=SUCCESS
2024-03-12 07:02:13 vpn-gw01 user=[[E:b.novak@northwind.io]] src=[[IP:2a00:1028:83a4:7d2e::19]] mac=[[MAC:00:e0:4c:68:12:5f]] result=MFA_TIMEOUT
2024-03-12 07:02:40 vpn-gw01 gateway build 7.2.0.1142, sessions=212
""")

pos("mdm_inventory", "en", """
MDM export - corporate phones (2024-03-12)

Owner                 Model               Serial        Wi-Fi MAC             OS        Enrolled
[[N:Chidinma Obi]]          iPhone 15           F2LXK9P3QW    [[MAC:5c:e9:1e:42:b7:03]]     17.3.1    2023-10-02
[[N:Ruairi Mac Giolla]]     Galaxy S23          R5CW30ABC1D   [[MAC:b4:6b:fc:0d:3e:91]]     14        2023-06-19
[[N:Hana Kobayashi]]        Pixel 8             37131FDJH004  [[MAC:e8:d5:2b:71:a0:4c]]     14        2024-01-08
Loaner pool (unassigned) Pixel 7a          29051JEHN012  --                    14        2023-09-14
""")

pos("compose", "en", """
# docker-compose.override.yml (found on build-07, reported by secret scanner, rotated)
services:
  api:
    environment:
      DATABASE_URL: [[U:postgres://orders:Wq3Zx8Lt2Vn6@db:5432/orders]]
      MAPBOX_SECRET_TOKEN: [[K:sk.eyJ1Ijoibm9ydGh3aW5kIiwiYSI6ImNsdDl4cjJ6bTAxOWsya3BnZGZ6cWx3eGIifQ.Q8r3Zx1LmN4vTy7Ka2Bw9g]]
  db:
    environment:
      POSTGRES_PASSWORD: [[K:Wq3Zx8Lt2Vn6]]
""")

pos("notebook", "en", """
In [14]: df[["name", "email", "city", "dob"]].head()
Out[14]:
                 name                          email        city         dob
0   [[N:Ravindra Perera]]    [[E:ravi.perera@gmail.com]]          Colombo  [[D:1993-08-21]]
1   [[N:Margit Szabó]]       [[E:szabo.margit@freemail.hu]]       Budapest [[D:1970-03-04]]
2   [[N:Thandiwe Nkosi]]     [[E:thandi.nkosi@webmail.co.za]]     Durban   [[D:1999-12-30]]
3   [[N:Mateus Albuquerque]] [[E:mateus.alb@uol.com.br]]          Recife   [[D:1987-05-17]]

In [15]: df.shape
Out[15]: (48213, 12)
""")

pos("code_review", "en", """
PR #1190  feat(api): cursor pagination      base: main <- head: feature/cursor-pagination

[[N:Sebastián Ocampo]] commented on src/api/orders.ts line 88:
> Nit: the cursor should be opaque; base64 of {"id": 7781204} leaks the sequence.
[[N:Oksana Hrytsenko]] replied:
> Agreed, switching to an HMAC-signed cursor (see RFC draft 3.2.1.4).
[[N:Sebastián Ocampo]] approved these changes.
github-actions: all checks passed (build 2.0.0-rc.3+sha.e4f5a6b)
Merged by [[N:Oksana Hrytsenko]] on 2024-03-11 16:02 UTC.
""")
pos("order_confirmation", "en", """
Subject: Your order ORD-7782455 is confirmed

Hi [[N:Lakshmi]],

Thanks for shopping with us! Order ORD-7782455 (placed 12 March 2024, 21:14)

  1 x Trail runner Pro, blue, 43      SKU TR-2041-BLU   GBP 89.99
  1 x Merino sock 3-pack, grey        SKU SK-0007-GRY   GBP 18.50
  Delivery (DPD next day)                               GBP 4.95
  Total                                                 GBP 113.44

Delivering to: [[N:Lakshmi Subramanian]], [[A:27 Kingsley Road]], Leicester LE2 1EJ
Contact number: [[P:07700 900 417]]
Paid with Visa ending 0381. Estimated delivery: Thursday 14 March.
""")

pos("gateway_log", "en", """
PCI INCIDENT PCI-2024-02 - debug logging left on in gateway-adapter 1.8.3 (fixed in 1.8.4)
Extract of affected lines (to be purged from all log stores by 2024-03-15):

2024-03-08T11:02:17Z DEBUG auth_request pan=[[C:4916 3382 0175 994?]] exp=09/27 amount=49.99 EUR merchant=M-0412
2024-03-08T11:02:19Z DEBUG auth_request pan=[[C:5289 4471 0362 518?]] exp=01/26 amount=118.00 EUR merchant=M-0412
2024-03-08T11:03:02Z DEBUG auth_request pan=[[C:3742 518830 4719?]] exp=11/25 amount=12.50 EUR merchant=M-0413
2024-03-08T11:03:40Z DEBUG auth_request pan=[[C:6011 5720 4418 093?]] exp=04/28 amount=76.20 EUR merchant=M-0412
Total lines affected: 1,184. Cardholders notified via issuer per scheme rules.
""")

pos("hotel_folio", "en", """
GUEST FOLIO  -  Hotel Alfama Riverside, Lisbon          Folio 88213  Room 412

Guest:        [[N:Kofi Mensah-Bonsu]]
Arrival:      15/04/2024      Departure: 18/04/2024      Adults: 1
Passport:     [[ID:G4410273]] (GH)      Date of birth: [[D:30/06/1986]]
Address:      [[A:14 Independence Avenue]], Accra, Ghana
Guarantee:    Mastercard [[C:5168 4417 2093 881?]] exp 03/27

15/04  Room 412 (B&B)            EUR 168.00
16/04  Room 412 (B&B)            EUR 168.00
17/04  Room 412 (B&B)            EUR 168.00
17/04  Restaurant check 7731     EUR 46.50     City tax 3 x EUR 4.00
""")

pos("car_rental", "en", """
RENTAL AGREEMENT RA-2024-0315-0412        Pick-up: Dublin Airport T1, 15/03/2024 09:30

Main driver:   [[N:Niamh Callaghan]]
Date of birth: [[D:11/02/1989]]
Licence:       IE [[ID:189021477]] valid to 2031
Address:       [[A:7 Glenageary Park]], Dún Laoghaire, Co. Dublin
Mobile:        [[P:+353 86 204 7718]]
Additional:    [[N:Padraig Callaghan]], DOB [[D:05/08/1987]], licence IE [[ID:187058312]]
Payment:       Visa [[C:4485 0391 2276 410?]], pre-auth EUR 1,500.00
Vehicle: Ford Focus 1.0 EcoBoost, reg 231-D-44871, fuel 8/8, odometer 12,441 km.
""")

pos("sms_log", "en", """
SMS gateway - outbound, campaign APPT-REMIND (template v3.1)

2024-03-12 17:00:02  to=[[P:+447700900582]]  status=DELIVERED  "Hi [[N:Olivia]], reminder: dental check-up Wed 13/03 at 09:20. Reply C to cancel."
2024-03-12 17:00:02  to=[[P:+447700900613]]  status=DELIVERED  "Hi [[N:Bilal]], reminder: hygienist Wed 13/03 at 10:40. Reply C to cancel."
2024-03-12 17:00:03  to=[[P:+447700900744]]  status=FAILED(30008)  "Hi [[N:Krystyna]], reminder: check-up Wed 13/03 at 11:00."
2024-03-12 17:00:03  segments=3 cost=GBP 0.12 provider-ref=SM4f1c2b7e9a3d
""")

pos("tax_form", "en", """
Form W-9 (Rev. March 2024) - Request for Taxpayer Identification Number - vendor onboarding VND-2291

1  Name:                          [[N:Ezekiel Thornbury]]
2  Business name:                 Thornbury Sound & Light (sole proprietor)
3  Federal tax classification:    Individual/sole proprietor
5  Address:                       [[A:4410 Juniper Ridge Road]]
6  City, state, ZIP:              Asheville, NC 28804-1127
Part I  Social security number:   [[S:247-83-6109]]
Part II Signature:                [[N:E. Thornbury]]     Date: 03/06/2024
Internal: payee set up in AP as 200441, terms Net 30.
""")

pos("witness_statement", "en", """
SITE SECURITY - WITNESS STATEMENT   Incident ref: SEC-24-0311

Name:        [[N:Abdirahman Warsame]]
Address:     [[A:56 Beaumont Street]], Oxford OX1 2PY
Phone:       [[P:07700 900 286]]
Occupation:  Warehouse operative (agency)

At approximately 22:40 on 11/03/2024 I saw a white Ford Transit reversing towards dock 4. The
driver, who I now know to be [[N:Lee Harrowby]], got out and spoke with my supervisor [[N:Mandeep Gill]].
I did not see anyone enter the cage area. CCTV camera 12 covers dock 4 (recording 22:30-23:00).

Signed: [[N:A. Warsame]]     Witnessed by: [[N:Joanne Pike]]
""")

pos("consent_form", "en", """
Year 8 residential trip - consent form (return by 22 March)

Student name:        [[N:Isla Fergusson]]          Tutor group: 8RB
Student DOB:         [[D:17/05/2011]]
Parent/carer:        [[N:Moira Fergusson]]
Emergency phone:     [[P:07700 900 391]]
Second contact:      [[N:Alasdair Fergusson]], [[P:07700 900 442]]
Home address:        [[A:31 Braeside Crescent]], Aberdeen AB15 7TB
Medical notes:       mild asthma (inhaler); no allergies
Payment:             GBP 185.00 paid via ParentPay ref PP-2024-88104.
""")

pos("membership_export", "en", """
member_no,full_name,dob,email,mobile,plan,card_on_file,joined
M-30117,[[N:Dmitri Volkov]],[[D:1990-11-23]],[[E:dmitri.volkov90@protonmail.com]],[[P:+44 7700 900 518]],Peak,[[C:4929 1147 6620 318?]],2022-09-01
M-30118,[[N:Amara Okafor-Bell]],[[D:1996-04-02]],[[E:amara.ob@gmail.com]],[[P:+44 7700 900 629]],Off-peak,[[C:5217 2930 0148 752?]],2023-01-15
M-30119,[[N:Yuki Morimoto]],[[D:1984-08-15]],[[E:ymorimoto@icloud.com]],[[P:+44 7700 900 730]],Student,,2023-09-22
# export 2024-03-12, filter: plan in (Peak, Off-peak, Student), club 0412
""")

pos("registration_export", "en", """
Attendee list - DevOps Summit Manchester 2024 (exported 12.03.2024 for badge printing)

Badge  Name                    Company               Email                                   Ticket
0001   [[N:Femi Adebayo]]            Crescent Cloud        [[E:femi@crescentcloud.io]]                    Speaker
0002   [[N:Roisin Doherty]]          Lumen Analytics       [[E:rdoherty@lumen-analytics.com]]             Full pass
0003   [[N:Arjun Iyer]]              Northwind             [[E:arjun.iyer@northwind.io]]                  Full pass
0004   [[N:Magdalena Zielińska]]     Baobab Logistics      [[E:m.zielinska@baobablogistics.eu]]           Workshop
Dietary: 0002 vegetarian, 0004 gluten-free. Wi-Fi: DevOpsSummit24 / printed on badge back.
""")

pos("support_chat", "en", """
Intercom conversation #448210  (2024-03-12 14:02-14:11, rating: great)

Visitor: hi, I can't log in, it says my email is unknown
Bot: Sorry about that! What's the email on your account?
Visitor: [[E:b.okonjo.home@gmail.com]]
[[N:Kelechi]] (Support): Hi! I found an account under [[E:bokonjo@gmail.com]] -- could that be it?
Visitor: oh yes, that's the old one. Name is [[N:Blessing Okonjo]]
[[N:Kelechi]] (Support): Thanks [[N:Blessing]]. I've sent a reset link. Anything else?
Visitor: also my new number is [[P:+234 803 441 2290]]
[[N:Kelechi]] (Support): Updated. Have a good day!
""")

pos("bounce_log", "en", """
2024-03-12T06:00:14Z postfix/smtp[4412]: 3F1C2B7E9A: to=<[[E:h.vandermeer@ziggo.nl]]>, relay=mx.ziggo.nl:25, dsn=5.1.1, status=bounced (user unknown)
2024-03-12T06:00:15Z postfix/smtp[4413]: 4A9C317ED2: to=<[[E:marisol.ibarra@prodigy.net.mx]]>, relay=none, delay=86401, dsn=4.4.1, status=deferred (connection timed out)
2024-03-12T06:00:17Z postfix/smtp[4415]: 5B2E9C1A7D: to=<[[E:tkowalski1977@wp.pl]]>, relay=mx.wp.pl:25, dsn=2.0.0, status=sent (250 OK)
2024-03-12T06:00:18Z postfix/qmgr[1021]: removed, queue size 412
""")

pos("ci_log", "en", """
Run npm publish --access public
  npm notice package: @northwind/ui-kit@5.3.0
  npm notice === Tarball Details ===
  npm notice shasum: 4a9c317ed205b86f1ce49327ad60f81b35c7920e
  + echo "//registry.npmjs.org/:_authToken=[[K:npm_Tq7Rk2Lx9Wv4Zm8Np1Bc6Yh3Df5Gs0Ja2Ue7K]]" > ~/.npmrc
  npm notice Publishing to https://registry.npmjs.org/ with tag latest
  + @northwind/ui-kit@5.3.0
Warning: the token above was echoed because `set -x` was on; revoked by [[N:Miriam Eshel]] at 11:42 UTC.
""")

pos("tfvars", "en", """
# prod.auto.tfvars  (should have been in Vault -- see finding SEC-F-118)
region             = "eu-central-1"
db_username        = "ledger_admin"
db_password        = "[[K:q9V!m2Lx7#Rz4Tw8]]"
datadog_api_key    = "[[K:7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f]]"
datadog_app_key    = "[[K:a9c3e57b1f0d4286e13b9f2c7a05d86e4bf17c9d]]"
cloudflare_token   = "[[K:Xk3Lm9Qv2Rt7Wz4Np8Bc1Yd6Hf0Js5Ga2Ue7Ko3]]"
instance_type      = "m6i.large"
allowed_cidrs      = ["10.0.0.0/16"]
""")

pos("app_log", "en", """
2024-03-12 09:31:07.114 INFO  [http-nio-8080-exec-7] c.n.auth.LoginService - login ok user=[[E:sofia.lindgren@telia.se]] ip=[[IP:78.82.14.201]] mfa=totp
2024-03-12 09:31:44.902 WARN  [http-nio-8080-exec-2] c.n.auth.LoginService - login failed user=[[E:pavel.dvorak@seznam.cz]] ip=[[IP:89.176.52.9]] reason=BAD_PASSWORD attempt=3/5
2024-03-12 09:32:01.337 INFO  [http-nio-8080-exec-4] c.n.order.OrderService - order ORD-7782460 created by customer 00914501 (items=3, total=EUR 87.40)
2024-03-12 09:32:05.018 INFO  [http-nio-8080-exec-9] c.n.auth.LoginService - password reset requested user=[[E:kemal.yilmaz@yandex.com.tr]] ip=[[IP:88.230.117.46]]
""")

pos("fraud_alert", "en", """
FRAUD ALERT FA-2024-0077 - possible invoice redirection (BEC)

On 11/03/2024 accounts payable received an e-mail, apparently from supplier contact
[[N:Jan-Willem Bosman]] <[[E:jw.bosman@keystone-fasteners.nl]]>, asking to change bank details to
[[I:NL?? RABO 0318 4472 91]] (new) from [[I:NL?? INGB 0004 4172 06]] (on file).
Header analysis: sent from [[IP:45.137.21.88]], reply-to [[E:jwbosman.keystone@gmail.com]].
Call-back to the number on file ([[P:+31 6 41 72 08 33]]) confirmed no change was requested.
Payment run B-20240312-03 held. Reported by [[N:Agata Nowicka]].
""")

pos("loan_application", "en", """
PERSONAL LOAN APPLICATION  LA-2024-004471

Applicant:           [[N:Marguerite Delacroix-Hughes]]
Date of birth:       [[D:1979-03-08]]
SSN:                 [[S:462-71-0938]]
Address:             [[A:1207 Sycamore Street, Unit 3]], Des Moines, IA 50309
Time at address:     4 years 2 months
Employer:            Midwest Regional Health (verified via employment database)
Gross annual income: $71,400
Loan amount:         $18,000 over 60 months, APR 9.49%
Disbursement to:     routing """ + aba("07390392") + """, account ending 2291
""")

pos("i9_form", "en", """
Employment Eligibility Verification - Section 1 and 2 (scanned, OCR text)

Last name: [[N:Mbeki]]    First name: [[N:Nomvula]]    Middle initial: T.
Address: [[A:3388 Alameda Street, Apt 207]]    City: San Jose    State: CA    ZIP: 95126
Date of birth: [[D:09/21/1992]]    U.S. Social Security Number: [[S:570-24-8813]]
Email: [[E:nomvula.mbeki@gmail.com]]    Telephone: [[P:(408) 555-0176]]
List A document: Foreign passport [[ID:M00482719]] (ZA) with Form I-94, expiry 06/30/2026
Employer representative: [[N:Carlos Ybarra]], HR Generalist, 03/11/2024
""")

pos("collection_letter", "en", """
FINAL NOTICE BEFORE REFERRAL                                  Our ref: COL-2024-1182

Mr [[N:Terrence Pollard]]
[[A:Flat 9, Kingfisher House, 40 Canal Street]]
Manchester M1 3HE

Dear Mr [[N:Pollard]],

Account 00771882 shows an outstanding balance of GBP 412.60 (invoices INV-2023-11892 and
INV-2024-00214, due 15.01.2024 and 14.02.2024). Please pay by 26 March 2024 quoting the reference above,
or call our payments team on the number shown in your online account.
""")

pos("donation_receipt", "en", """
Thank you for your gift!                              Receipt no. DR-2024-003117

Donor:     [[N:Evangeline Mwangi-Porter]]
Address:   [[A:52 Hollis Avenue]], Cambridge, MA 02140
Email:     [[E:evangeline.mp@comcast.net]]
Gift:      $250.00, 12 March 2024, card ending 8812 (Amex)
Fund:      Scholarship endowment 2024 (fund code SE-24)

No goods or services were provided in exchange for this contribution. EIN 04-1234567.
""")

pos("proxy_config", "en", """
# /etc/apt/apt.conf.d/95proxy  (lab build agents)
Acquire::http::Proxy "[[U:http://svc-apt:Lab0rat0ry-2024@proxy.corp.local:3128/]]";
Acquire::https::Proxy "[[U:http://svc-apt:Lab0rat0ry-2024@proxy.corp.local:3128/]]";

# ~/.pip/pip.conf
[global]
index-url = [[U:https://build-bot:Kp4xN9qR2tW7@nexus.corp.local/repository/pypi-group/simple]]
trusted-host = nexus.corp.local
""")
pos("nac_log", "en", """
NAC authentication log - switch sw-floor3-01 (802.1X / MAB)

2024-03-12 08:01:12  port Gi1/0/14  mac=[[MAC:00:1b:63:84:45:e6]]  user=[[E:anouk.devries@northwind.io]]  vlan=120  result=ACCEPT
2024-03-12 08:03:47  port Gi1/0/22  mac=[[MAC:b8:ae:ed:7c:31:0f]]  user=[[E:t.haddad@northwind.io]]       vlan=120  result=ACCEPT
2024-03-12 08:09:05  port Gi1/0/31  mac=[[MAC:70:b3:d5:1a:92:44]]  user=(none, MAB printer)            vlan=300  result=ACCEPT
2024-03-12 08:15:29  port Gi1/0/07  mac=[[MAC:f4:5c:89:b0:2d:7a]]  user=[[E:e.marangoni@northwind.io]]    vlan=999  result=REJECT (posture)
Policy set: Corp-Wired v3.1.2; RADIUS server 10.0.9.5.
""")

pos("captive_portal", "en", """
Guest Wi-Fi registrations - Conference Centre, 12/03/2024

time   name                   email                              device MAC           lease IP
08:41  [[N:Bogdan Marinescu]]       [[E:bogdan.marinescu@yahoo.ro]]           [[MAC:2c:f0:a2:11:5b:c8]]    [[IP:172.31.40.17]]
08:47  [[N:Ifeoma Eze-Williams]]    [[E:ifeoma.ew@outlook.com]]               [[MAC:9c:b6:d0:e4:72:1d]]    [[IP:172.31.40.18]]
09:02  [[N:Lars Gunnarsson]]        [[E:lars.gunnarsson@gmail.com]]           [[MAC:38:f9:d3:a6:07:94]]    [[IP:172.31.40.21]]
Retention: 14 days (policy GW-02). Terms accepted v2.3.
""")

pos("asset_handover", "en", """
IT ASSET HANDOVER - remote starter kit

Employee:          [[N:Priyanka Chaudhary]] (starts 18/03/2024, Finance)
Ship to (home):    [[A:Flat 14, 2 Albion Wharf]], Leeds LS1 4PE
Mobile for courier: [[P:07700 900 853]]

Item                     Model                       Serial        MAC (Wi-Fi)
Laptop                   Dell Latitude 5440          4JX2KQ3       [[MAC:c8:5e:a9:3f:10:b2]]
Dock                     Dell WD19S                  CN-0D8N1K     --
Headset                  Jabra Evolve2 65            JB-2403-4471  --
Courier: DHL, AWB 1234567890, sent 14/03/2024.
""")

pos("benefits_enrollment", "en", """
2024 OPEN ENROLLMENT - medical/dental elections (carrier file draft)

Subscriber:  [[N:Reginald Okoye]]     SSN [[S:318-44-9027]]   DOB [[D:06/14/1977]]   Plan: PPO 1500, family
Spouse:      [[N:Adaora Okoye]]       SSN [[S:319-62-1148]]   DOB [[D:10/03/1980]]
Dependent:   [[N:Chinonso Okoye]]     SSN [[S:742-18-5530]]   DOB [[D:01/22/2012]]
Dependent:   [[N:Ebere Okoye]]        SSN [[S:742-30-6614]]   DOB [[D:11/07/2015]]
Address:     [[A:9021 Whispering Pines Drive]], Katy, TX 77494
Effective 01/01/2024. Group no. G-44172, division 03.
""")

pos("visa_application", "en", """
VISA SUPPORT LETTER - data sheet for the consulate

Applicant surname:     [[N:Nakamura]]
Given names:           [[N:Haruto]]
Date of birth:         [[D:1988-12-02]]
Place of birth:        Osaka
Passport number:       [[ID:TK4918302]] (issued 2022-04-11, expires 2032-04-11)
Home address:          [[A:3-14-9 Nishitenma]], Kita-ku, Osaka 530-0047
Purpose:               business visit, DevOps Summit Manchester, 15-18 April 2024
Host contact:          [[N:Rhiannon Pryce]], [[E:rhiannon.pryce@northwind.io]]
""")

pos("lost_document", "en", """
REPORT OF LOST/STOLEN PASSPORT (form summary, submitted online 10/03/2024)

Holder:           [[N:Yaw Boateng]]
DOB:              [[D:24/01/1995]]
Passport no.:     [[ID:539174628]] (United Kingdom), issued 06/2019
Circumstances:    bag stolen on train 1C42 between York and Newcastle, 09/03/2024, ~18:10
Police ref:       BTP-2403-0918
Contact:          [[E:yaw.boateng95@gmail.com]], [[P:07700 900 964]]
""")

pos("maintenance_request", "en", """
Maintenance request MR-3318 (portal)          Submitted 12/03/2024 07:12

Tenant:        [[N:Fatoumata Diallo]]
Unit:          [[A:Apartment 5C, 1180 Elmwood Avenue]], Buffalo, NY 14222
Phone:         [[P:(716) 555-0193]]
Category:      Plumbing > leak under sink
Access:        OK to enter with master key 09:00-17:00; dog in unit
Assigned to:   [[N:Ray Kowalczyk]] (maintenance), scheduled 13/03 10:00
""")

pos("github_issue", "en", """
Issue #2291: connection refused when using a custom DATABASE_URL

**Describe the bug**
After upgrading from 4.1.9.2 to 4.2.0.118 the worker exits with ECONNREFUSED.

**Config**
```
DATABASE_URL=[[U:postgres://hkwon:Sunflower1987@localhost:5432/mydb]]
REDIS_URL=redis://localhost:6379
```
**Environment**: Node 20.11.0, Ubuntu 22.04, docker 25.0.3

---
Maintainer comment: please never paste real passwords here -- I have edited the issue; rotate it. Duplicate of #2287.
""")

pos("wiki", "en", """
Reporting DB - how to connect (internal wiki, last edited 2024-02-27)

Use the read replica for ad-hoc queries:

    mongosh "[[U:mongodb+srv://analyst_ro:7tQ9vX2mLp4R@reporting.x7k2p.mongodb.net/sales?retryWrites=true]]"

For the queue dashboard:
    [[U:amqps://dashboard:Rb3Mx8Kq1Vz6@mq.internal.northwind.io:5671/ops]]

Questions to [[N:Giedre Petrauskaite]] in #data-help.
""")

pos("email_thread", "en", """
From: [[N:Callum Henderson]] <[[E:callum@hendersondesign.co.uk]]>
To: Accounts Payable, Northwind
Date: Tue, 12 Mar 2024 10:20:05 +0000
Subject: New bank details for invoices from April

Hello,

I've moved my business account. From invoice 2024-014 onwards please pay to:
Account name: [[N:Callum Henderson]]
IBAN: [[I:GB?? BARC 2004 1558 2219 44]]
Sort code 20-04-15, account 58221944

Happy to confirm by phone on [[P:07700 900 107]] -- I understand you'll call back on the number you hold.

Cheers,
[[N:Callum]]
""")

pos("billing_export", "en", """
subscription_id|customer|card_number|exp|plan|mrr_usd|status
sub_0412|[[N:Tobias Engström]]|[[C:4716 2290 8815 364?]]|07/26|pro-annual|49.00|active
sub_0413|[[N:Valentina Russo]]|[[C:5312 8841 0926 557?]]|02/25|team|199.00|past_due
sub_0414|[[N:Abdulkarim Sesay]]|[[C:3759 104728 6631?]]|12/27|pro-monthly|59.00|active
-- legacy export from billing v1 (pre-tokenisation); destroy after migration ticket BILL-771
""")

pos("cdr", "en", """
call_id,start_utc,duration_s,a_number,b_number,cell_id,result
c-88213,2024-03-12T08:14:02Z,184,[[P:+447700900215]],[[P:+447700900376]],23415-4412-0877,ANSWERED
c-88214,2024-03-12T08:15:40Z,0,[[P:+447700900215]],[[P:+447700900455]],23415-4412-0877,BUSY
c-88215,2024-03-12T08:16:09Z,611,[[P:+447700900498]],[[P:+14155550143]],23415-4413-0102,ANSWERED
# cell_id = MCC-MNC/LAC/CI; durations rounded up to the second
""")

pos("call_notes", "en", """
Call centre - wrap-up notes, agent [[N:Destiny Alvarado]], 12/03/2024 15:42

Caller: [[N:Horace Pemberton]], policy HM-4471-0092 (home contents)
Verified: DOB [[D:19/09/1952]], postcode, last payment amount
Reason: claim for water damage at [[A:11 Orchard Close]], Taunton TA1 4RX, on 09/03/2024
Callback: daughter [[N:Felicity Pemberton]] on [[P:07700 900 278]] (authorised third party)
Next: loss adjuster visit booked 15/03 AM; claim CL-2024-77104 created.
""")

pos("real_estate_lead", "en", """
New enquiry via portal - listing 44 Harbour View (ref HV-2024-031)

Name:     [[N:Quentin Abernathy]]
Email:    [[E:q.abernathy@icloud.com]]
Phone:    [[P:+61 412 558 903]]
Message:  Interested in a viewing this weekend. We're currently renting at
          [[A:6/18 Raglan Street]], Mosman, and would need to sell our place at
          [[A:27 Wattle Grove]], Lane Cove, first. Pre-approval up to AUD 1.8m.
Assigned agent: [[N:Bronwyn Kelleher]]
""")

pos("rsvp", "en", """
Wedding RSVPs - export from the website (12 March)

Guest(s)                               Address for invitation                          Attending  Dietary
[[N:Harriet]] & [[N:Theo Lindqvist-Moore]]    [[A:4 Rosewood Gardens]], Bath BA2 3LP                     2          vegan (1)
Uncle [[N:Desmond]]                       [[A:17 Church Lane]], Frome BA11 1PQ                       1          --
[[N:Sakura Inoue]] (+1)                     [[A:Flat 3, 88 Gloucester Road]], Bristol BS7 8BN         2          no shellfish
""")

pos("volunteer_roster", "en", """
Food bank volunteer roster - March (please swap via the group chat, not by email)

Sat 16/03  AM  [[N:Oyelaran Adeyinka]]   [[P:07700 900 611]]   driver (van FT-482-KL)
Sat 16/03  AM  [[N:Grace Whitmore]]      [[P:07700 900 712]]   sorting
Sat 16/03  PM  [[N:Mustafa Karim]]       [[P:07700 900 813]]   front desk
Sat 23/03  AM  [[N:Elspeth Rowntree]]    [[P:07700 900 914]]   sorting
Key holder: [[N:Grace]]. Alarm code is changed monthly and shared in person only.
""")

pos("directory", "en", """
Staff directory - Finance department (intranet export)

Name                    Title                        Email                               Ext.   Mobile
[[N:Ana-Maria Ionescu]]       Head of Finance              [[E:ana-maria.ionescu@northwind.io]]      4410   [[P:+44 7700 900 120]]
[[N:Jonah Feldman]]           Financial Controller         [[E:jonah.feldman@northwind.io]]          4412   [[P:+44 7700 900 221]]
[[N:Ruth Adebanjo]]           AP Specialist                [[E:ruth.adebanjo@northwind.io]]          4419   --
Shared mailboxes (ap@, ar@) are listed on the team page.
""")

pos("git_shortlog", "en", """
$ git shortlog -sne v2.9.0..v2.9.1
    41  [[N:Tomás Ó Briain]] <[[E:tomas.obriain@northwind.io]]>
    17  [[N:Hye-jin Park]] <[[E:hyejin.park@northwind.io]]>
     9  [[N:Kwame Asare]] <[[E:kwame.asare@protonmail.com]]>
     1  [[N:Zainab Qureshi]] <[[E:zqureshi@users.noreply.github.com]]>
$ git tag -v v2.9.1
gpg: Good signature from "[[N:Tomás Ó Briain]] <[[E:tomas.obriain@northwind.io]]>" [ultimate]
""")

pos("lab_result", "en", """
CLINICAL CHEMISTRY REPORT                                   Printed 12/03/2024 16:05

Patient: [[N:BRENNAN, Siobhan]]      DOB: [[D:02/04/1965]]      Sex: F
Address: [[A:23 Castle View]], Galway H91 X2F4
Requested by: Dr [[N:A. Oyelowo]]    Specimen: serum, collected 12/03/2024 08:40

Test            Result    Units     Ref. range
Sodium          139       mmol/L    133-146
Potassium       4.1       mmol/L    3.5-5.3
Creatinine      78        umol/L    49-90
HbA1c           41        mmol/mol  20-41
""")
pos("starter_form", "en", """
NEW STARTER FORM (UK payroll)                               Payroll no. 004519

Surname:                 [[N:Hollingsworth]]
Forenames:               [[N:Rupert James]]
Date of birth:           [[D:14/07/1985]]
National Insurance no.:  [[ID:NZ 61 44 09 C]]
Driving licence no.:     [[ID:HOLLI807145RJ9AB]] (for pool car use: Ford Transit Connect FT-519-MX)
Home address:            [[A:2 Millbrook Cottages, Old Station Road]], Ledbury HR8 2AU
Student loan:            Plan 2
Tax code:                1257L (from P45, leaving date 29/02/2024)
Bank:                    sort code 20-32-06, account 73310948
""")

pos("payroll_ca", "en", """
T4 slip data - 2023 tax year (employer copy)

Employee:        [[N:Geneviève Tremblay-Singh]]
SIN:             [[ID:luhn:527 318 44?]]
Date of birth:   [[D:1989-10-05]]
Address:         [[A:415 Rue Saint-Paul Ouest, app. 9]], Montréal QC H2Y 2A7
Box 14 employment income   78,412.50
Box 16 CPP contributions    3,754.45
Box 18 EI premiums          1,002.45
Box 22 income tax deducted 14,771.08
Employer BN 123456789RP0001.
""")

pos("kyc_log", "en", """
KYC verification log - onboarding provider callback (sandbox disabled, production data)

2024-03-12 11:02:44 check_id=kyc_7c1d2e3f result=APPROVED
  name=[[N:Anjali Deshpande]] dob=[[D:1994-02-27]] doc=PASSPORT doc_no=[[ID:Z4827193]] country=IND
  address=[[A:Flat 1203, 27 Pandurang Budhkar Marg]], Worli, Mumbai 400018 pan=[[ID:BQRPD4471M]]
2024-03-12 11:05:19 check_id=kyc_9a3d4e8b result=REFER (face match 0.71)
  name=[[N:Oskar Brzeziński]] dob=[[D:1981-06-30]] doc=ID_CARD doc_no=[[ID:AYB418822]] country=POL
2024-03-12 11:05:20 webhook delivered in 212 ms (attempt 1/5)
""")

pos("pnr", "en", """
RP/LON1A0955/LON1A0955            AA/SU  12MAR24/1018Z   7XK4QL
  1.[[N:OYELOWO/TEMITOPE]] MS   2.[[N:OYELOWO/DAVID]] MR
  3  BA 0498 Y 15APR 1 LHRLIS HK2  0655 0950  15APR  E  BA/7XK4QL
  4  BA 0501 Y 18APR 4 LISLHR HK2  1035 1320  18APR  E  BA/7XK4QL
  5 AP [[P:+44 7700 900 331]]
  6 APE [[E:temi.oyelowo@gmail.com]]
  7 SSR DOCS BA HK1 P/GBR/[[ID:548213907]]/GBR/[[D:21MAR88]]/F/09OCT31/[[N:OYELOWO/TEMITOPE]]/P1
  8 SSR DOCS BA HK1 P/GBR/[[ID:551094426]]/GBR/[[D:02DEC86]]/M/17JUN30/[[N:OYELOWO/DAVID]]/P2
  9 TK OK12MAR/LON1A0955
""")

pos("delivery_manifest", "en", """
Route 14 - driver manifest, Wed 13/03/2024 (van FT-482-KL, depot Leeds)

Stop  Recipient              Address                                  Phone             Parcels  Tracking
1     [[N:Maureen Achebe]]         [[A:12 Thornhill Street]], Wakefield WF1 1NL     [[P:07700 900 166]]    1        JD014600006281294519
2     [[N:Dylan Pritchard]]        [[A:Flat 4, 77 Westgate]], Wakefield WF1 1JY     [[P:07700 900 267]]    2        JD014600006281294526
3     [[N:Shirin Tehrani]]         [[A:5 Laburnum Close]], Ossett WF5 0LP           [[P:07700 900 368]]    1        JD014600006281294533
4     Co-op (business)       Ossett precinct, goods-in                --                6        JD014600006281294540
Safe place: stop 3 -> shed. Signature required: stop 2.
""")

pos("permit_application", "en", """
Building permit application BP-2024-00318 (public register copy withheld - applicant data)

Applicant:      [[N:Ignatius Oduya]]
Site address:   [[A:248 Hawthorne Road]], Evanston, IL 60201
Mailing addr.:  same as site
Phone:          [[P:(847) 555-0152]]
Email:          [[E:i.oduya@gmail.com]]
Work:           rear deck 4.2 x 6.0 m, pressure-treated, footings per IRC R507
Contractor:     Lakeshore Decks Inc., licence 104-017733 (company)
Fee:            $412.00, paid 03/11/2024
""")

pos("alumni_db", "en", """
Alumni relations - class of 2004 reunion list (do not forward)

id      name                     email                             city          donor
A-0881  [[N:Cressida Fairweather]]     [[E:cressida.f@gmail.com]]               London        yes
A-0882  [[N:Nnamdi Okeke]]             [[E:nnamdi.okeke@me.com]]                Lagos         no
A-0883  [[N:Vivienne Laurent]]         [[E:vlaurent@orange.fr]]                 Lyon          yes
A-0884  [[N:Ibrahim Touré]]            [[E:ibrahim.toure@gmail.com]]            Abidjan       no
Reunion: 14.09.2024, Great Hall, 18:00.
""")

pos("slack_dm", "en", """
Direct message  [[N:Thabo Molefe]] -> [[N:Aleksandra Nowak]]   (exported for investigation SEC-INV-0412)

[09:12] [[N:Thabo Molefe]]: hey, the staging DB password changed again?
[09:13] [[N:Aleksandra Nowak]]: yeah, new one is [[K:Gr33nMang0!Staging24]]
[09:13] [[N:Aleksandra Nowak]]: and the admin panel token [[K:nwt_adm_7Qx2Lm9Vt4Rz8Kp1Wb6Yc3]]
[09:14] [[N:Thabo Molefe]]: thanks! (will move it to the vault, promise)
[09:40] security-bot: secret-like strings detected in this conversation; auto-rotation ticket SEC-2291 opened
""")

pos("ansible_inventory", "en", """
# inventory/prod/hosts.ini
[web]
web-01 ansible_host=web-01.prod.internal
web-02 ansible_host=web-02.prod.internal

[db]
db-primary ansible_host=db-primary.prod.internal ansible_user=dbadmin ansible_password=[[K:Rk8$vN2qLz7!xT4m]]

[all:vars]
ansible_become_password=[[K:Wm3#pQ9sZx6vB1tY]]
backup_target=[[U:sftp://backup:Tr4nsf3r!2024@203.0.113.80/srv/backups]]
""")

pos("mail_config", "en", """
# Grafana alerting contact point (exported JSON, redact before sharing!)
{
  "name": "ops-email",
  "type": "email",
  "settings": {
    "addresses": "[[E:mikael.strand@northwind.io]];[[E:noor.alhashimi@northwind.io]]",
    "smtp_url": "[[U:smtps://alerts%40northwind.io:Vx9kQ2mL7tRz@smtp.office365.com:587]]",
    "singleEmail": false
  },
  "disableResolveMessage": false
}
""")

pos("recruiter_email", "en", """
From: [[N:Hamish Cartwright]] <[[E:hamish@talentbridge-recruitment.co.uk]]>
Subject: Candidate for R-2024-0412 (Senior SRE)

Hi [[N:Sinéad]],

Please find below a summary for [[N:Efua Asantewaa]]:
 - 9 years SRE/platform, Kubernetes 1.20-1.28, Terraform 0.12-1.7, CKA (2022)
 - Currently at a fintech in Manchester, notice period 1 month
 - Salary expectation GBP 82,000
 - Contact: [[E:efua.asantewaa@gmail.com]], [[P:07700 900 479]]
 - Lives at [[A:61 Egerton Road]], Manchester M14 6RA (happy to be hybrid Leeds/Manchester)

Best, [[N:Hamish]]
""")

pos("cv", "en", """
[[N:MARISOL QUINTERO-BLAKE]]
[[A:1934 Sunset Ridge Drive]], Tucson, AZ 85718  |  [[P:(520) 555-0124]]  |  [[E:marisol.qb@gmail.com]]

EXPERIENCE
Data Engineer, Saguaro Health Systems (2019-present)
 - Built ETL on Airflow 2.8.1 / dbt 1.7.4, 48k jobs/day; cut warehouse cost 31%
 - Migrated Postgres 11.2 -> 15.5; zero-downtime cutover
Analyst, Desert Bank (2015-2019)

EDUCATION  BS Statistics, University of Arizona, 2015
CERTIFICATIONS  AWS Data Analytics Specialty (ID 4F1C2B7E9A3D)
""")

pos("performance_review", "en", """
Mid-year review 2024 - CONFIDENTIAL

Employee:  [[N:Obinna Nwachukwu]]      Manager: [[N:Louise Brennan-Hart]]      Grade: 6
Objectives:
  1. Deliver ledger 2.9.x releases on schedule (met: 2.9.0 on 01.02, 2.9.1 on 29.02)
  2. Reduce P1 incidents by 30% (exceeded: -42%)
Feedback from peers ([[N:Svetlana Petrova]], [[N:Ahmed Fawzi]]): strong incident leadership.
Development: shadow [[N:Louise]] in CAB; attend SRE conf (budget GBP 1,200).
Rating: 4 / 5. Next check-in 2024-09-15.
""")

pos("expense_report", "en", """
EXPENSE CLAIM EXP-2024-0771                      Employee: [[N:Rafael Domínguez]] (E-1188)

Date        Merchant                 Category      Amount     Paid with
05/03/2024  Hotel Alfama Riverside   Lodging       EUR 504.00 Corp card [[C:5500 7341 2288 140?]]
06/03/2024  TAP Air Portugal         Airfare       EUR 211.40 Corp card [[C:5500 7341 2288 140?]]
07/03/2024  Uber                     Ground        EUR 23.70  Personal
Total EUR 739.10, reimbursable EUR 23.70 to account [[I:ES?? 2100 0418 4702 0044 7128]]
Approver: [[N:Hannelore Vogt]]. Policy: TRV-2023 v4.2.1.
""")

pos("parking_permits", "en", """
Residents' parking permits - Zone C (renewals due April)

Permit  Holder                Address                       Vehicle reg   Expires
C-0412  [[N:Winifred Oakes]]        [[A:3 Albany Terrace]]              LM19 KTX      30/04/2024
C-0413  [[N:Julian Marchetti]]      [[A:Flat B, 9 Albany Terrace]]      YE70 RPU      30/04/2024
C-0414  [[N:Parveen Akhtar]]        [[A:21 Regent Mews]]                SK21 HJD      31/05/2024
Visitor vouchers issued this quarter: 186.
""")

pos("library_notice", "en", """
OVERDUE NOTICE - Central Library                        Notice date: 12/03/2024

[[N:Cornelius Adetunji]]
[[A:44 Sandringham Avenue]]
Peterborough PE3 6BD

The following item was due on 27/02/2024:
  "Systems Performance, 2nd ed." ISBN 978-0-13-682015-4, barcode 30112 004418822
Fine to date: GBP 2.80. Renew online with your card number and PIN, or return to any branch.
""")

pos("feedback_survey", "en", """
Post-delivery survey - free-text responses (week 10)

#1182 (score 2/10): "Driver left my parcel in the rain. Call me on [[P:07700 900 582]] if you want details. - [[N:Beatrix Holloway]]"
#1183 (score 9/10): "Great service, delivered to the right door at [[A:7 Cavendish Place]] this time!"
#1184 (score 6/10): "Tracking 1Z999AA10123456784 never updated after Louisville."
#1185 (score 1/10): "Ordered ORD-7782455, got someone else's shoes (size 44). My email is [[E:kirra.walsh@bigpond.com]]"
""")

pos("insurance_quote", "en", """
Motor quote Q-2024-884102 (comparison site referral)

Proposer:           [[N:Declan Fitzpatrick]]
Date of birth:      [[D:28/02/1999]]
Licence:            full UK, held 6 years, no. [[ID:FITZP902289D99XK]]
Address:            [[A:16 Heather Way]], Swindon SN3 4QF
Named driver:       [[N:Aoife Fitzpatrick]], DOB [[D:11/11/2000]]
Vehicle:            2019 Ford Fiesta 1.0 EcoBoost, 41,200 miles, overnight on drive
Premium:            GBP 812.34/yr or 12 x GBP 72.10 (APR 21.4%)
""")

pos("password_export", "en", """
url,username,password,extra,name,grouping
https://portal.northwind.io,[[E:lucia.ferreyra@northwind.io]],[[K:Tango-Mosaic-4471!]],,Northwind portal,Work
https://bank.example-online.com,lferreyra88,[[K:Qz7#nP2vWx9k]],,Online banking,Personal
https://mail.google.com,[[E:lucia.ferreyra88@gmail.com]],[[K:ferreyra2207!Bsas]],,Gmail,Personal
# exported from password manager by support during device migration, ticket HD-4471 -- delete after import
""")

pos("ftp_log", "en", """
Tue Mar 12 07:41:02 2024 [pid 22871] CONNECT: Client "[[IP:91.207.174.33]]"
Tue Mar 12 07:41:03 2024 [pid 22870] [[[E:r.achterberg@keystone-fasteners.nl]]] OK LOGIN: Client "[[IP:91.207.174.33]]"
Tue Mar 12 07:41:09 2024 [pid 22872] [[[E:r.achterberg@keystone-fasteners.nl]]] OK UPLOAD: Client "[[IP:91.207.174.33]]", "/incoming/ASN_8830021774.xml", 18442 bytes, 212.50Kbyte/sec
Tue Mar 12 07:52:40 2024 [pid 22911] CONNECT: Client "[[IP:2a01:4f8:c17:9d3e::1]]"
Tue Mar 12 07:52:41 2024 [pid 22910] [anonymous] FAIL LOGIN: Client "[[IP:2a01:4f8:c17:9d3e::1]]"
""")

pos("crash_report", "en", """
Crash report #CR-61400218-4471  (app 6.14.0, build 61400218)

Device:     Pixel 8, Android 14 (UP1A.231005.007), locale en_GB
User:       [[E:georgina.mbatha@gmail.com]] (account 00915022)
Client IP:  [[IP:102.132.88.41]]
Exception:  java.lang.NullPointerException at com.northwind.app.checkout.AddressForm.bind(AddressForm.kt:112)
Breadcrumbs:
  12:04:11 open CheckoutFragment
  12:04:19 autofill address "[[A:9 Jacaranda Lane]], Durbanville"
  12:04:20 crash
""")

pos("whatsapp_export", "en", """
[12/03/2024, 18:02:11] [[N:Kemi Adewale]]: Landlord says the plumber is coming Thursday
[12/03/2024, 18:02:40] [[N:Tom Brackenbury]]: which address did you give him? the new one?
[12/03/2024, 18:03:05] [[N:Kemi Adewale]]: yes [[A:Flat 2, 15 Cromwell Road]]
[12/03/2024, 18:03:30] [[N:Tom Brackenbury]]: ok his number if anyone needs it: [[P:07700 900 684]]
[12/03/2024, 18:04:12] ‎[[N:Priti Shah]] joined using this group's invite link
[12/03/2024, 18:05:00] [[N:Priti Shah]]: hi all! rent for April goes to [[I:GB?? LOYD 3091 8812 3370 41]] right?
""")

pos("tenancy", "en", """
DEPOSIT PROTECTION CERTIFICATE (summary)                     Certificate DPC-2024-31170

Tenant(s):       [[N:Marek Horvath]], [[N:Lucía Benavides]]
Property:        [[A:Flat 7, 210 Holloway Road]], London N7 8DA
Tenancy start:   01/03/2024          Deposit: GBP 2,307.69 (5 weeks' rent)
Landlord:        [[N:Clement Osei]], c/o Riverside Lettings Ltd (agent licence RL-4412)
Lead tenant DOB: [[D:19/04/1996]]
Repayment account (lead tenant): [[I:GB?? NWBK 6024 2317 8841 05]]
""")

pos("firewall_log", "en", """
2024-03-12T10:22:41Z fw01 action=allow src=[[IP:146.70.117.92]] dst=192.0.2.10:443 user=[[E:d.kovacevic@northwind.io]] app=ssl rule=VPN-USERS
2024-03-12T10:22:58Z fw01 action=deny  src=[[IP:5.188.206.14]] dst=192.0.2.10:22 user=unknown app=ssh rule=DEFAULT-DENY
2024-03-12T10:23:10Z fw01 action=allow src=[[IP:176.24.88.3]] dst=192.0.2.10:443 user=[[E:ozlem.arslan@northwind.io]] app=ssl rule=VPN-USERS
# dst addresses are the public VIP (documentation range in this copy)
""")

pos("clinic_export", "en", """
appointment_id,patient,dob,phone,clinician,slot,reason
AP-7781,[[N:Horatio Blackwood]],[[D:1958-05-12]],[[P:+44 1632 960 418]],Dr [[N:Yasmin Qadri]],2024-03-13 09:00,review
AP-7782,[[N:Leilani Kahale]],[[D:2017-08-30]],[[P:+44 1632 960 519]],Dr [[N:Yasmin Qadri]],2024-03-13 09:15,vaccination
AP-7783,[[N:Ferdinand Osterhagen]],[[D:1941-01-03]],[[P:+44 1632 960 620]],Nurse [[N:Bethan Lloyd]],2024-03-13 09:30,INR check
""")

pos("commit_log", "en", """
commit a3c9e71f0b2d4c6e8a1b3d5f7e9c0a2b4d6f8e01
Author: [[N:Rohan Kapoor]] <[[E:rohan.kapoor@northwind.io]]>
Date:   Mon Feb 26 18:44:12 2024 +0530

    chore(config): add production.yml for local testing

    Co-authored-by: [[N:Ximena Aguilar]] <[[E:ximena.aguilar@northwind.io]]>

commit 0c9d8e7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e
Author: [[N:Ifeanyi Okoro]] <[[E:ifeanyi.okoro@northwind.io]]>
Date:   Fri Feb 23 11:02:55 2024 +0000

    fix: retry 429s with jitter (closes #2211, refs PLAT-4398)
""")
# ---------------------------------------------------------------------------------------------
# Positives, other languages
# ---------------------------------------------------------------------------------------------
pos("ticket", "de", """
Ticket #KS-240312-118  |  Kategorie: Lieferung  |  Eingang: 12.03.2024 09:14

Kundin: [[N:Franziska Obermeier]]
E-Mail: [[E:franzi.obermeier@web.de]]
Telefon: [[P:+49 151 27 448 903]]
Lieferadresse: [[A:Lindenstraße 14, 2. OG links]], 80469 München

Nachricht:
Guten Tag, laut Sendungsverfolgung (DHL 00340434161094042557) wurde das Paket am 11.03. in eine
Packstation gelegt, die ich nie angegeben habe. Bestellung 4500-77104, Artikel WZ-4410-12.
Mit freundlichen Grüßen, [[N:F. Obermeier]]

Bearbeiter: [[N:Jonas Pfeiffer]] - Nachforschungsauftrag bei DHL gestellt (Ref. NF-2024-0318).
""")

pos("hr_record", "de", """
Personalstammblatt (vertraulich)                         Personalnummer: 10442

Name, Vorname:          [[N:Kaya, Deniz]]
Geburtsdatum:           [[D:23.08.1991]]
Geburtsort:             Duisburg
Anschrift:              [[A:Kaiserstraße 112a]], 47051 Duisburg
Personalausweis-Nr.:    [[ID:L01XKT473]] (gültig bis 14.05.2031)
Sozialversicherungs-Nr.: [[ID:65 230891 K 004]]
Bankverbindung:         [[I:DE?? 3505 0000 0201 4471 88]] (Sparkasse Duisburg)
Eintritt:               01.04.2019, Abteilung Lager, Entgeltgruppe 6
Notfallkontakt:         [[N:Elif Kaya]], [[P:0203 4471 882]]
""")

pos("invoice", "de", """
[[N:Benedikt Sauerland]] - Fotografie
[[A:Am Schlossgarten 3]], 01067 Dresden
Tel. [[P:0351 8841 2290]] | [[E:kontakt@sauerland-foto.de]]

RECHNUNG Nr. 2024-031                               Dresden, 05.03.2024
An: Keystone Fasteners GmbH, Einkauf

Produktfotografie Katalog Frühjahr (2 Tage à 850,00 €)        1.700,00 €
Bildbearbeitung, 120 Motive à 6,50 €                              780,00 €
Nettobetrag 2.480,00 €, zzgl. 19 % USt. 471,20 €, Gesamt 2.951,20 €

Bitte überweisen Sie den Betrag bis 04.04.2024 auf [[I:DE?? 8505 0300 3120 4471 90]].
Steuernummer 203/412/04471.
""")

pos("server_log", "de", """
# Auszug aus /var/log/shop/auth.log (Anfrage der Datenschutzbeauftragten vom 12.03.2024)
12.03.2024 07:12:55 LOGIN_OK     kunde=[[E:w.hartmann@gmx.de]]          ip=[[IP:84.151.203.17]]  ua="Firefox/123.0"
12.03.2024 07:14:02 LOGIN_FAIL   kunde=[[E:susanne.kroll@t-online.de]]  ip=[[IP:93.197.40.112]]  grund=passwort
12.03.2024 07:14:40 LOGIN_OK     kunde=[[E:susanne.kroll@t-online.de]]  ip=[[IP:93.197.40.112]]  ua="Safari/17.3"
12.03.2024 07:20:01 CRON         bereinigung sitzungen (alt: 412, version 3.8.1.204)
""")

pos("minutes", "de", """
Protokoll der Teamsitzung Logistik, 07.03.2024, 10:00-11:15 Uhr, Raum 2.04

Teilnehmende: [[N:Heike Brandstätter]] (Leitung), [[N:Lukas Ohnesorge]], [[N:Marija Petrović]], [[N:Cem Yıldırım]]
Protokoll: [[N:Lukas Ohnesorge]]

TOP 1  Inventur 2024: Differenzen bei Charge 2403-A geklärt ([[N:Marija]]).
TOP 2  Umstellung auf Version 3.8.1.204 am 16.03.2024; Schulung durch [[N:Cem]] am 14.03.
TOP 3  Urlaubsplanung Q2: Liste bis 22.03. an [[N:Heike]].
Nächste Sitzung: 04.04.2024.
""")

pos("lease", "de", """
MIETVERTRAG ÜBER WOHNRAUM (Auszug)

Vermieterin: [[N:Gertrud Hahnemann]], [[A:Bergstraße 41]], 69120 Heidelberg
Mieter:      [[N:Tobias Reinhold]], geb. [[D:02.11.1993]], und
             [[N:Svenja Reinhold]], geb. [[D:17.06.1995]]
Mietobjekt:  [[A:Hauptstraße 188, 3. OG rechts]], 69117 Heidelberg, 3 Zimmer, ca. 78,4 m²
Miete:       1.140,00 € kalt zzgl. 210,00 € Nebenkostenvorauszahlung
Kaution:     3.420,00 € auf das Konto [[I:DE?? 6725 0020 0009 1144 71]] der Vermieterin
§ 4 Abs. 2: Schönheitsreparaturen gemäß § 535 Abs. 1 BGB.
""")

pos("chat", "de", """
Teams-Chat „Deployment Lager-App" (Export für Sicherheitsvorfall SV-2024-07)

[08:41] [[N:Ralf Winterberg]]: Zugang zur Staging-DB funktioniert nicht mehr
[08:42] [[N:Nadine Kühn]]: Neuer Connection-String: [[U:postgresql://lager:Fr0stig!2024@10.20.4.15:5432/lager]]
[08:43] [[N:Ralf Winterberg]]: Danke! Und der API-Key für den Paketdienst?
[08:44] [[N:Nadine Kühn]]: [[K:dhl_api_9Tq2Lm7Xv4Rz1Kp8Wb3Yc6N]]
[09:10] Sicherheitsteam: Bitte keine Zugangsdaten im Chat teilen. Schlüssel wurden rotiert.
""")

pos("ticket", "fr", """
Ticket n° SAV-2024-03-0412   Canal : e-mail   Reçu le 12/03/2024 à 10h02

Client : M. [[N:Baptiste Lefèvre-Moreau]]
Courriel : [[E:baptiste.lefevre@laposte.net]]
Téléphone : [[P:06 48 21 77 93]]
Adresse : [[A:12 rue des Lilas, bât. B, appt 24]], 69003 Lyon

Bonjour, ma commande CMD-77104 (réf. FAR-T65-25) est arrivée endommagée. Le colis Colissimo
6A12345678904 porte la mention « choc ». Je souhaite un remplacement.
Cordialement, [[N:Baptiste]]

Réponse de [[N:Camille Rousseau]] (service client) : remplacement expédié le 13/03, bon de retour joint.
""")

pos("hr_record", "fr", """
Fiche salarié - confidentiel                               Matricule : S-30117

Nom :                      [[N:Benali]]
Prénom :                   [[N:Yasmina]]
Date de naissance :        [[D:14/07/1991]]
N° de sécurité sociale :   [[ID:nir:2 91 07 75 114 032]]
Adresse :                  [[A:8 avenue Jean-Jaurès]], 75019 Paris
Pièce d'identité :         CNI n° [[ID:X4RTBPFW4]]
RIB / IBAN :               [[I:FR?? 3000 3012 3400 0504 4718 821]]
Date d'entrée :            02/09/2021 - poste : comptable, coefficient 260
""")

pos("invoice", "fr", """
[[N:Mathilde Garnier]] - Conseil en communication (micro-entreprise)
[[A:27 boulevard de la Liberté]], 59800 Lille - [[E:mathilde.garnier.conseil@gmail.com]] - [[P:07 81 44 20 19]]

FACTURE N° 2024-007                                  Date : 06/03/2024
Client : Boulangeries Réunies SAS

Atelier « prise de parole » (1 jour)                 950,00 €
Préparation et supports                              300,00 €
Total HT 1 250,00 € - TVA non applicable, art. 293 B du CGI

Règlement par virement sous 30 jours : [[I:FR?? 2004 1010 1205 2288 4K01 718]] (titulaire : [[N:Mathilde Garnier]])
""")

pos("access_log", "fr", """
# Journal des connexions à l'extranet (extrait transmis à la CNIL, demande n° 24-0318)
2024-03-12 08:01:44 connexion réussie   utilisateur=[[E:a.dubois@wanadoo.fr]]      ip=[[IP:90.112.48.203]]
2024-03-12 08:03:10 échec (mot de passe) utilisateur=[[E:n.haddou@free.fr]]        ip=[[IP:78.193.22.71]]
2024-03-12 08:03:52 connexion réussie   utilisateur=[[E:n.haddou@free.fr]]        ip=[[IP:78.193.22.71]]
2024-03-12 08:10:00 tâche planifiée purge_sessions v5.4.0.312 terminée (412 sessions)
""")

pos("minutes", "fr", """
Compte rendu - comité de pilotage ERP, 07/03/2024

Présents : [[N:Sandrine Marchetti]] (présidente), [[N:Olivier Tchakounté]], [[N:Aurélie Vasseur]], [[N:Karim Bensaïd]]
Excusé : [[N:Pierre-Yves Le Gall]]

1. Migration : répétition générale n° 1 décalée au 22/03 ([[N:Olivier]]).
2. Budget : 61,4 % consommé ; [[N:Aurélie]] présentera une nouvelle prévision.
3. Formation des utilisateurs : [[N:Karim]] organise 4 sessions de 2 h (salles 2.01 et 2.04).
Prochaine réunion : 04/04/2024 à 10h00.
""")

pos("config", "fr", """
# application-prod.properties  -- NE PAS VERSIONNER (fuite détectée par l'analyseur, clés révoquées)
spring.datasource.url=jdbc:postgresql://bdd-prod.interne:5432/facturation
spring.datasource.username=facturation_app
spring.datasource.password=[[K:Cr0issant#Beurre2024]]
paiement.stripe.cle-secrete=[[K:sk_live_51Nq8Lx2Vt7Rz4Kp9Wm3Yb6Hd1Jf0Gs5Ae2Uc8Io4Xw]]
stockage.s3.url=[[U:https://AKIA6RZT2QW4LX9PNM3V:hT4rK9vQ2xL7mZ1bW8nP5yC3dF6gJ0sA2eU9iO4k@s3.eu-west-3.amazonaws.com/factures]]
# contact technique : [[N:Hugo Lambert]] <[[E:hugo.lambert@boulangeries-reunies.fr]]>
""")
pos("ticket", "es", """
Incidencia n.º ATC-2024-03-0918   Canal: formulario web   Recibida: 12/03/2024 11:20

Cliente: [[N:Montserrat Puigdomènech]]
Correo: [[E:montse.puigdomenech@gmail.com]]
Teléfono: [[P:+34 612 448 903]]
Dirección de entrega: [[A:Calle de Alcalá 145, 3.º B]], 28009 Madrid

Mensaje: Hola, el pedido PED-77104 (ref. AC-100-5L) llegó con dos garrafas rotas. Adjunto fotos.
El número de seguimiento SEUR es 0081 4471 2290. Gracias, [[N:Montse]]

Respuesta ([[N:Álvaro Cifuentes]], atención al cliente): abono de 59,00 € tramitado el 13/03.
""")

pos("hr_record", "es", """
FICHA DE PERSONAL - CONFIDENCIAL                         N.º de empleado: 00871

Apellidos, nombre:      [[N:Ortega Salcedo, Lucía]]
Fecha de nacimiento:    [[D:09/04/1990]]
DNI:                    [[ID:dni:48213377]]
N.º afiliación SS:      [[ID:28 1044718822]]
Domicilio:              [[A:Avenida de Blasco Ibáñez 32, pta. 14]], 46010 Valencia
IBAN para nómina:       [[I:ES?? 2100 0813 6101 0044 7188]]
Teléfono personal:      [[P:655 214 908]]
Alta: 01/02/2022. Categoría: técnica de laboratorio, grupo 3.
""")

pos("lease", "es", """
CONTRATO DE ARRENDAMIENTO DE VIVIENDA (extracto)

De una parte, D. [[N:Ignacio Berrocal Ruiz]], con DNI [[ID:dni:05412290]], en calidad de arrendador.
De otra parte, D.ª [[N:Oksana Melnyk]], con NIE [[ID:nie:Y4471882]], nacida el [[D:22/11/1993]], en calidad
de arrendataria.

Objeto: vivienda sita en [[A:Carrer de Provença 287, 4.º 2.ª]], 08037 Barcelona, referencia catastral
9138101DF2893G0014LP. Renta mensual: 1.250,00 €, pagadera en la cuenta [[I:ES?? 0081 0216 7300 0118 4471]].
Duración: 5 años desde el 01/04/2024 (art. 9 LAU).
""")

pos("access_log", "es", """
# Registro de accesos al portal de proveedores - extracto solicitado por el DPD
12/03/2024 09:01:17 acceso_ok     usuario=[[E:jgarrido@telefonica.net]]   ip=[[IP:83.44.190.12]]
12/03/2024 09:03:40 acceso_error  usuario=[[E:r.quispe@hotmail.es]]       ip=[[IP:88.12.201.77]]   motivo=contraseña
12/03/2024 09:04:02 acceso_ok     usuario=[[E:r.quispe@hotmail.es]]       ip=[[IP:88.12.201.77]]
12/03/2024 09:10:00 tarea programada limpieza_sesiones v2.18.0.77 (412 sesiones)
""")

pos("minutes", "es", """
Acta de la reunión de coordinación - 07/03/2024

Asistentes: [[N:Rocío Anguita]] (preside), [[N:Esteban Villalobos]], [[N:Nerea Etxeberria]], [[N:Wilson Chávez]]
Excusa su asistencia: [[N:Pilar Lozano]]

1. Facturación electrónica: [[N:Nerea]] confirma las pruebas de la versión 2.18.0.77.
2. Inventario: [[N:Wilson]] revisará las diferencias del almacén de Getafe antes del 22/03.
3. Vacaciones de Semana Santa: enviar propuestas a [[N:Rocío]].
Próxima reunión: 04/04/2024, 10:00, sala 2.01.
""")

pos("order", "es", """
Pedido web n.º W-2024-118204 - datos del pago (registro antiguo, pendiente de anonimizar)

Titular: [[N:Gonzalo Iturbe Mendaza]]
Tarjeta: [[C:4548 8120 3317 604?]]   Caducidad: 08/26
Dirección de facturación: [[A:Paseo de la Castellana 201, 7.º A]], 28046 Madrid
Teléfono: [[P:+34 691 337 205]]
Importe: 1.676,40 € (IVA incl.) - autorización 0A41F2 - TPV virtual 087412
""")

pos("ticket", "nl", """
Klantticket #KT-2024-0318   Kanaal: chat   Ontvangen: 12-03-2024 14:22

Klant: [[N:Maarten van der Heijden]]
E-mail: [[E:maarten.vdheijden@ziggo.nl]]
Telefoon: [[P:06 41 72 83 90]]
Adres: [[A:Prinsengracht 263-II]], 1016 GV Amsterdam

Vraag: mijn pakket (PostNL 3SABCD1234568) staat al drie dagen op "in sorteercentrum". Bestelnummer
2024-00318. Kunnen jullie navragen waar het is? Groet, [[N:Maarten]]

Medewerker [[N:Fleur Hoekstra]]: navraag bij PostNL gedaan, nieuwe bezorgdag 14-03-2024.
""")

pos("hr_record", "nl", """
Personeelsdossier (vertrouwelijk)                          Personeelsnummer: 88104

Naam:             [[N:Sevda Yılmaz-de Groot]]
Geboortedatum:    [[D:03-10-1988]]
BSN:              [[ID:bsn:24871903]]
Identiteitsbewijs: paspoort [[ID:NPK4R81T7]], geldig tot 12-06-2032
Adres:            [[A:Oudegracht 118 bis]], 3511 AX Utrecht
IBAN:             [[I:NL?? ABNA 0552 1908 47]]
Telefoon:         [[P:+31 6 24 71 88 19]]
In dienst sinds:  01-09-2020, functie: planner, schaal 8
""")

pos("invoice", "nl", """
[[N:Joost Verbeek]] - Webontwikkeling
[[A:Van Speijkstraat 44]], 2518 GE Den Haag | [[E:joost@verbeekweb.nl]] | KvK 81234567

FACTUUR 2024-012                                        Factuurdatum: 06-03-2024
Aan: Keystone Fasteners B.V., t.a.v. crediteurenadministratie

Ontwikkeling webshopkoppeling (32 uur à € 85,00)          € 2.720,00
Hosting Q2 2024                                            € 180,00
Subtotaal € 2.900,00   Btw 21% € 609,00   Totaal € 3.509,00

Graag binnen 14 dagen overmaken naar [[I:NL?? INGB 0006 6871 20]] t.n.v. [[N:J. Verbeek]].
""")

pos("wifi_log", "nl", """
# Draadloos netwerk kantoor Rotterdam - associaties (bewaartermijn 30 dagen)
12-03-2024 08:12:04 assoc  ap=AP-2.01 client=[[MAC:a8:5e:45:12:c9:3b]] ip=[[IP:172.22.8.41]] gebruiker=[[E:l.bakker@keystone-fasteners.nl]]
12-03-2024 08:15:47 assoc  ap=AP-2.04 client=[[MAC:64:4b:f0:02:7d:e8]] ip=[[IP:172.22.8.44]] gebruiker=[[E:s.elamrani@keystone-fasteners.nl]]
12-03-2024 08:31:10 deauth ap=AP-2.01 client=[[MAC:a8:5e:45:12:c9:3b]] reden=8 (verlaten)
12-03-2024 08:31:11 firmware AP 8.10.0.9, clients 37
""")

pos("minutes", "nl", """
Notulen overleg planning, 07-03-2024

Aanwezig: [[N:Willemijn Scholten]] (voorzitter), [[N:Ruben Dekker]], [[N:Mohamed El Idrissi]], [[N:Anouk Visser]]
Afwezig: [[N:Bram Jacobs]] (met kennisgeving)

1. Nieuwe versie 4.12.0.37 van het portaal draait stabiel ([[N:Ruben]]).
2. Inkoop: [[N:Mohamed]] vraagt offertes op voor 2 extra heftrucks.
3. Vakantieplanning Q2 vóór 22-03 aanleveren bij [[N:Willemijn]].
Volgende vergadering: 04-04-2024 om 10:00 uur.
""")

pos("lease", "nl", """
HUUROVEREENKOMST WOONRUIMTE (uittreksel)

Verhuurder: [[N:Hendrik Jan Bosschaert]], wonende te [[A:Wilhelminastraat 9]], 5611 HE Eindhoven
Huurder:    [[N:Dewi Sutanto]], geboren op [[D:27-01-1997]], BSN [[ID:bsn:31920448]]
Gehuurde:   [[A:Stratumseind 71, 2e verdieping]], 5611 ER Eindhoven
Huurprijs:  € 1.095,00 per maand, te voldoen op rekening [[I:NL?? RABO 0148 8122 90]]
Ingangsdatum: 01-04-2024. Waarborgsom: twee maanden kale huur.
""")
pos("ticket", "pt", """
Pedido de suporte n.º SUP-2024-0412   Canal: e-mail   Recebido: 12/03/2024 15:40

Cliente: [[N:Rui Gonçalves Baptista]]
E-mail: [[E:rui.g.baptista@sapo.pt]]
Telemóvel: [[P:+351 936 214 770]]
Morada: [[A:Rua Augusta 112, 2.º Dto.]], 1100-053 Lisboa

Mensagem: Boa tarde, a encomenda ENC-2024-0452 chegou incompleta (faltam 40 rolos ET-AUTO-50).
Guia de remessa CTT RR123456785PT. Obrigado, [[N:Rui]]

Resposta de [[N:Tatiana Moura]]: envio complementar expedido a 13/03/2024.
""")

pos("hr_record", "pt", """
Ficha de colaborador - confidencial                          N.º mecanográfico: 2291

Nome completo:        [[N:Beatriz Fonseca Amaral]]
Data de nascimento:   [[D:18/12/1992]]
NIF:                  [[ID:nifpt:23814705]]
Cartão de Cidadão:    [[ID:14871203 4 ZY8]] (válido até 02/07/2030)
N.º Segurança Social: [[ID:12044718829]]
Morada:               [[A:Avenida da Boavista 1837, 5.º Esq.]], 4100-133 Porto
IBAN:                 [[I:PT?? 0033 0000 4531 8822 9100 5]]
Admissão: 03/01/2023 - técnica administrativa
""")

pos("cadastro", "pt", """
Cadastro de cliente - loja online (Brasil), exportado em 12/03/2024

Nome: [[N:Thiago Nascimento Ferraz]]
CPF: [[ID:cpf:482.913.770]]
Data de nascimento: [[D:05/06/1987]]
E-mail: [[E:thiago.nferraz@uol.com.br]]
Celular: [[P:+55 11 98812-4471]]
Endereço: [[A:Rua Haddock Lobo 595, apto 82]], Cerqueira César, São Paulo - SP, 01414-001
Cartão salvo: Mastercard [[C:5502 0944 7182 330?]] (validade 11/27)
Pedido mais recente: #BR-7782455, R$ 489,90, entregue pelos Correios (AA123456789BR).
""")

pos("access_log", "pt", """
# Registo de acessos ao portal de clientes (extrato pedido pelo EPD, processo 24/0318)
12/03/2024 10:02:19 login_ok    utilizador=[[E:catarina.lopes@gmail.com]]   ip=[[IP:85.241.77.190]]
12/03/2024 10:05:44 login_falha utilizador=[[E:jmsilva@netcabo.pt]]         ip=[[IP:2001:818:e2a1:5c00:4d1f:9a02:77e3:12b8]]
12/03/2024 10:06:01 login_ok    utilizador=[[E:jmsilva@netcabo.pt]]         ip=[[IP:2001:818:e2a1:5c00:4d1f:9a02:77e3:12b8]]
12/03/2024 10:10:00 tarefa agendada limpeza_sessoes v7.3.2.15 (412 sessões)
""")

pos("minutes", "pt", """
Ata da reunião de direção - 07/03/2024

Presentes: [[N:Henrique Valadares]] (presidente), [[N:Mariana Castelo Branco]], [[N:Adilson Tavares]], [[N:Joana Pimentel]]
Ausente: [[N:Duarte Sequeira]] (justificado)

1. Faturação: [[N:Joana]] confirma a certificação da versão 7.3.2.15.
2. Logística: [[N:Adilson]] apresentará três propostas de transportadora até 22/03.
3. Recursos humanos: plano de férias a entregar à [[N:Mariana]].
Próxima reunião: 04/04/2024, às 10h00.
""")

pos("config", "pt", """
# settings_producao.py  -- segredo exposto no repositório público, revogado em 12/03/2024
DEBUG = False
SECRET_KEY = "[[K:django-insecure-r7$k2@lq9x!vz4#tw8m1p6yb3^hd0jf5]]"
DATABASES = {"default": dj_database_url.parse("[[U:postgres://loja:Pastel3lNata!@db.loja-online.pt:5432/loja]]")}
MBWAY_API_KEY = "[[K:mbw_live_4Tq9Lx2Vn7Rz1Kp8Wm3Yb6Hc]]"
ADMINS = [("[[N:Sérgio Antunes]]", "[[E:sergio.antunes@loja-online.pt]]")]
""")

pos("ticket", "it", """
Ticket assistenza n. AST-2024-0318   Canale: telefono   Aperto: 12/03/2024 16:05

Cliente: [[N:Federica Lombardi]]
E-mail: [[E:federica.lombardi77@libero.it]]
Cellulare: [[P:+39 347 812 4490]]
Indirizzo: [[A:Via Giuseppe Garibaldi 27, int. 4]], 10122 Torino

Descrizione: ordine ORD-2024-0452 (PV-60x60-GR) consegnato con 12 piastrelle rotte. DDT n. 1127.
Richiesta sostituzione. Operatore: [[N:Davide Santoro]]. Ritiro BRT fissato per il 14/03/2024.
""")

pos("hr_record", "it", """
Anagrafica dipendente - riservato                              Matricola: 004471

Cognome e nome:        [[N:Esposito Chiara]]
Data di nascita:       [[D:14/09/1990]]
Luogo di nascita:      Napoli
Codice fiscale:        [[ID:cf:SPSCHR90P54F839]]
Carta d'identità:      [[ID:CA48213KD]] (scadenza 14/09/2031)
Residenza:             [[A:Via Toledo 256, scala B]], 80132 Napoli
IBAN:                  [[I:IT?? X 03069 09606 100000044718]]
Assunzione:            01/03/2022, impiegata di 4° livello CCNL commercio
""")

pos("invoice", "it", """
Studio [[N:Lorenzo Bellucci]] - Architetto
[[A:Corso Vittorio Emanuele II 88]], 20122 Milano - [[E:studio@bellucci-architetto.it]] - [[P:02 8844 1290]]

FATTURA N. 12/2024                                        Data: 06/03/2024
Cliente: Ceramiche del Tirreno S.r.l.

Progettazione showroom (fase 1)                        3.200,00 €
Contributo integrativo 4 %                                128,00 €
Imponibile 3.328,00 €   IVA 22 % 732,16 €   Totale 4.060,16 €

Pagamento a 30 giorni sul conto [[I:IT?? B 05034 01633 000000018822]] intestato a [[N:Lorenzo Bellucci]].
""")

pos("access_log", "it", """
# Log accessi area riservata - estratto per il DPO (richiesta del 12/03/2024)
12/03/2024 09:20:11 accesso_ok      utente=[[E:g.ferrante@tiscali.it]]     ip=[[IP:79.18.204.66]]
12/03/2024 09:22:47 accesso_fallito utente=[[E:m.rinaldi@virgilio.it]]     ip=[[IP:151.38.92.117]]  motivo=password
12/03/2024 09:23:05 accesso_ok      utente=[[E:m.rinaldi@virgilio.it]]     ip=[[IP:151.38.92.117]]
12/03/2024 09:30:00 job pianificato pulizia_sessioni v6.1.4.208 (412 sessioni)
""")

pos("minutes", "it", """
Verbale della riunione di reparto - 07/03/2024

Presenti: [[N:Ludovica Marchesini]] (presidente), [[N:Salvatore Greco]], [[N:Alessia Fontana]], [[N:Kwame Boateng]]
Assente giustificato: [[N:Matteo Colombo]]

1. Fatturazione elettronica: [[N:Alessia]] conferma i test della versione 6.1.4.208.
2. Magazzino: [[N:Salvatore]] verifica le giacenze del lotto 2403-A entro il 22/03.
3. Ferie estive: proposte da inviare a [[N:Ludovica]].
Prossima riunione: 04/04/2024 ore 10:00.
""")

pos("lease", "it", """
CONTRATTO DI LOCAZIONE AD USO ABITATIVO (estratto)

Locatore: sig. [[N:Arturo Pellegrini]], nato a Firenze il [[D:11/03/1958]], C.F. [[ID:cf:PLLRTR58C11D612]]
Conduttrice: sig.ra [[N:Irina Popa]], nata a Cluj-Napoca il [[D:30/05/1994]], passaporto [[ID:057741882]]
Immobile: [[A:Via dei Servi 41, piano 2]], 50122 Firenze, foglio 165, particella 412, sub. 7
Canone: 950,00 € mensili da versare sul conto [[I:IT?? K 03069 02887 100000007719]]
Durata: 4+4 anni a decorrere dal 01/04/2024 (L. 431/1998, art. 2 c. 1).
""")

pos("ticket", "pl", """
Zgłoszenie nr SRV/2024/03/0412   Kanał: formularz   Data: 12.03.2024 12:40

Klient: [[N:Katarzyna Wróblewska]]
E-mail: [[E:k.wroblewska@interia.pl]]
Telefon: [[P:+48 512 448 903]]
Adres dostawy: [[A:ul. Marszałkowska 84/92 m. 15]], 00-514 Warszawa

Opis: przesyłka InPost 520113017830399002316134 nie dotarła do paczkomatu WAW12M. Zamówienie
ZAM/2024/0219. Proszę o kontakt. Pozdrawiam, [[N:Kasia]]

Odpowiedź ([[N:Michał Zawadzki]], obsługa klienta): reklamacja u przewoźnika złożona 13.03.2024.
""")

pos("hr_record", "pl", """
Kartoteka pracownika - poufne                                 Nr ewidencyjny: 0219

Imię i nazwisko:     [[N:Paweł Grabowski]]
Data urodzenia:      [[D:12.03.1985]]
PESEL:               [[ID:pesel:8503121234]]
Dowód osobisty:      [[ID:plid:AYC 44718]]
Adres zamieszkania:  [[A:ul. Piotrkowska 104 m. 7]], 90-926 Łódź
Rachunek bankowy:    [[I:PL?? 1090 2590 0000 0001 4471 8822]]
Telefon:             [[P:601 227 418]]
Zatrudniony od 01.06.2018, stanowisko: magazynier, umowa na czas nieokreślony.
""")

pos("invoice", "pl", """
[[N:Agnieszka Szymańska]] - Usługi Księgowe
[[A:ul. Długa 17/3]], 80-827 Gdańsk | [[E:biuro@szymanska-ksiegowosc.pl]] | [[P:+48 58 441 22 90]]

FAKTURA nr 7/03/2024                                    Data wystawienia: 06.03.2024
Nabywca: Przedsiębiorstwo Budowlane Wisła Sp. z o.o.

Prowadzenie ksiąg rachunkowych - marzec 2024            2 400,00 zł
Sporządzenie deklaracji JPK_V7M                            300,00 zł
Razem netto 2 700,00 zł   VAT 23% 621,00 zł   Brutto 3 321,00 zł

Płatność przelewem do 20.03.2024 na rachunek [[I:PL?? 1140 2004 0000 3102 7448 1290]].
""")

pos("access_log", "pl", """
# Dziennik logowań do panelu klienta (wyciąg dla IOD, wniosek z 12.03.2024)
12.03.2024 08:11:02 logowanie_ok    uzytkownik=[[E:t.kaminski@o2.pl]]        ip=[[IP:83.26.117.40]]
12.03.2024 08:13:29 logowanie_blad  uzytkownik=[[E:j.lewandowska@gmail.com]] ip=[[IP:31.0.44.201]]  powod=haslo
12.03.2024 08:13:55 logowanie_ok    uzytkownik=[[E:j.lewandowska@gmail.com]] ip=[[IP:31.0.44.201]]
12.03.2024 08:20:00 zadanie cykliczne czyszczenie_sesji v9.2.1.44 (412 sesji)
""")

pos("minutes", "pl", """
Protokół ze spotkania zespołu - 07.03.2024

Obecni: [[N:Dorota Pawlak]] (prowadząca), [[N:Krzysztof Mazur]], [[N:Olena Kovalenko]], [[N:Jakub Sikora]]
Nieobecna: [[N:Magdalena Wójcik]] (usprawiedliwiona)

1. Wdrożenie wersji 9.2.1.44: [[N:Krzysztof]] potwierdza poprawne naliczanie składek.
2. Inwentaryzacja: [[N:Olena]] wyjaśni różnice w partii 2403-A do 22.03.
3. Plan urlopów na II kwartał przekazać do [[N:Doroty]].
Następne spotkanie: 04.04.2024, godz. 10:00.
""")

pos("ticket", "sv", """
Ärende #KS-2024-0318   Kanal: e-post   Inkom: 2024-03-12 13:05

Kund: [[N:Elin Bergqvist]]
E-post: [[E:elin.bergqvist@telia.com]]
Telefon: [[P:070-448 21 93]]
Adress: [[A:Storgatan 12 B, lgh 1102]], 903 26 Umeå

Meddelande: Hej! Paketet (PostNord 00373500412345678908) har stått som "under transport" sedan 8/3.
Ordernummer 4500-2219. Tacksam för hjälp. Mvh [[N:Elin]]

Svar från [[N:Oskar Lundmark]] (kundtjänst): efterforskning startad hos PostNord 2024-03-13.
""")

pos("hr_record", "sv", """
Personalakt - sekretess                                     Anställningsnr: 30117

Namn:              [[N:Amira Hassan Lindberg]]
Personnummer:      [[ID:pnr:910414-238]]
Födelsedatum:      [[D:1991-04-14]]
Adress:            [[A:Vasagatan 33, 4 tr]], 411 37 Göteborg
Pass:              [[ID:92471830]] (giltigt t.o.m. 2029-05-30)
Bankkonto (IBAN):  [[I:SE?? 5000 0000 0541 7720 1183]]
Mobil:             [[P:+46 73 448 20 19]]
Anställd sedan 2021-08-16, befattning: inköpare.
""")

pos("invoice", "sv", """
[[N:Henrik Sjöberg]] Snickeri (enskild firma)
[[A:Kvarnvägen 8]], 784 33 Borlänge | [[E:henrik@sjobergsnickeri.se]] | [[P:0243-44 12 90]]

FAKTURA 2024-009                                        Fakturadatum: 2024-03-06
Kund: Nordströms Bygg & Fastighet AB

Montering av köksinredning, 24 tim à 520 kr           12 480,00 kr
Material enligt följesedel 1127                       3 200,00 kr
Netto 15 680,00 kr   Moms 25 % 3 920,00 kr   Att betala 19 600,00 kr

Betalas till [[I:SE?? 8000 0832 7900 0012 3445]] senast 2024-04-05. Innehar F-skattsedel.
""")

pos("access_log", "sv", """
# Inloggningslogg kundportalen (utdrag till dataskyddsombudet, begäran 2024-03-12)
2024-03-12 07:31:22 inloggning_ok    anv=[[E:j.nyberg@bredband.net]]   ip=[[IP:78.70.201.44]]
2024-03-12 07:33:05 inloggning_fel   anv=[[E:s.ahmadi@spray.se]]       ip=[[IP:90.229.18.130]]  orsak=lösenord
2024-03-12 07:33:40 inloggning_ok    anv=[[E:s.ahmadi@spray.se]]       ip=[[IP:90.229.18.130]]
2024-03-12 07:40:00 schemalagt jobb rensa_sessioner v11.4.0.92 (412 sessioner)
""")

pos("minutes", "sv", """
Mötesanteckningar - ledningsgruppen, 2024-03-07

Närvarande: [[N:Karin Östlund]] (ordf.), [[N:Johan Wikström]], [[N:Fatima Ali]], [[N:Erik Nordin]]
Frånvarande: [[N:Sara Lindahl]]

1. Version 11.4.0.92 av tidrapporten driftsatt; [[N:Johan]] följer upp OB-beräkningen.
2. Inköp: [[N:Fatima]] tar in offerter på två nya truckar före 2024-03-22.
3. Semesterplanering Q2 lämnas till [[N:Karin]].
Nästa möte: 2024-04-04 kl. 10.00, rum 2.01.
""")


emit("tuning20o", cases)
