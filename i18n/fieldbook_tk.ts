<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/about_dialog.py" line="+23"/>
        <source>About Fieldbook</source>
        <translation>Fieldbook barada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1</source>
        <translation>Wersiýa %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline-first, encrypted documentation of human-rights observations. Free software under the GNU Affero General Public License, version 3 or later.</source>
        <translation>Internetsiz işleýän, şifrlenen adam hukuklary boýunça ýazgylar. GNU Affero General Public License, 3-nji ýa-da soňky wersiýasy boýunça erkin programma.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference data and attributions:</source>
        <translation>Salgylanma maglumatlary we çeşmeler:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attributions</source>
        <translation>Çeşmeler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Types of acts and controlled vocabularies adapted from the HURIDOCS Micro-thesauri (Judith Dueck, Manuel Guzman, Bert Verstappen: &lt;i&gt;Micro-thesauri: a tool for documenting human rights violations&lt;/i&gt;, HURIDOCS 2001), as published in OpenEvSys (AGPL-3.0).</source>
        <translation>Hereket görnüşleri we gözegçilikdäki sözlükler HURIDOCS Micro-thesauri-den uýgunlaşdyryldy (Judith Dueck, Manuel Guzman, Bert Verstappen: &lt;i&gt;Micro-thesauri: a tool for documenting human rights violations&lt;/i&gt;, HURIDOCS 2001), OpenEvSys-de çap edilişi ýaly (AGPL-3.0).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Treaty articles: the ICCPR, the ICESCR and the Convention against Torture as published by OHCHR. The short article titles are our paraphrases; the treaties have none.</source>
        <translation>Şertnamalaryň maddalary: ICCPR, ICESCR we Gynamalara garşy konwensiýa, BMG-niň Adam hukuklary boýunça ýokary komissarynyň edarasy (OHCHR) çap edişi ýaly. Maddalaryň gysga atlary biziň beýanymyz: şertnamalaryň özünde at ýok.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Places: resolutions of the Mejlis of Turkmenistan on the administrative divisions (2022–2023) and the ISO 3166-2:TM codes.</source>
        <translation>Ýerler: Türkmenistanyň Mejlisiniň dolandyryş-çäk bölünişigi baradaky kararlary (2022–2023) we ISO 3166-2:TM kodlary.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velayat boundaries © OpenStreetMap contributors, ODbL 1.0 — via geoBoundaries (Runfola et al. 2020, PLoS ONE 15(4): e0231866).</source>
        <translation>Welaýatlaryň serhetleri © OpenStreetMap contributors (OpenStreetMap-iň awtorlary), ODbL 1.0 — geoBoundaries arkaly (Runfola et al. 2020, PLoS ONE 15(4): e0231866).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Many Russian and Turkmen labels were written by the Fieldbook team and await review by native speakers. Please tell your coordinator about mistakes.</source>
        <translation>Rus we türkmen atlarynyň köpüsini Fieldbook topary ýazdy, olar ene dilinde gürleýänleriň barlagyna garaşýar. Ýalňyşlyklar barada utgaşdyryjyňyza habar beriň.</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <location filename="../desktop/ui/attachments_widget.py" line="+189"/>
        <source>(added when saved)</source>
        <translation>(ýatda saklananda goşular)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attach files</source>
        <translation>Faýl goş</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+4"/>
        <location line="+39"/>
        <source>Attachment</source>
        <translation>Goşundy</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The file could not be attached.</source>
        <translation>Faýly goşup bolmady.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Fieldbook shows images itself. To open this file in another program, save a copy to a place you choose — the copy is not encrypted.</source>
        <translation>Fieldbook suratlary özi görkezýär. Bu faýly başga programmada açmak üçin onuň nusgasyny saýlan ýeriňizde saklaň — nusga şifrlenmeýär.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save a decrypted copy</source>
        <translation>Açylan nusgany sakla</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove attachment</source>
        <translation>Goşundyny aýyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” from this observation?</source>
        <translation>«%1» bu ýazgydan aýrylsynmy?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Photos, scans and recordings are encrypted as soon as they are added. Drag files here or use Add files.</source>
        <translation>Suratlar, skanlar we ýazgylar goşulan badyna şifrlenýär. Faýllary şu ýere süýşüriň ýa-da «Faýl goş» düwmesine basyň.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;files…</source>
        <translation>&amp;Faýl goş…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files (Ctrl+Shift+A)</source>
        <translation>Faýl goş (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;iew</source>
        <translation>Gö&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Nusgasyny sakla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Aýyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Goşundylar</translation>
    </message>
</context>
<context>
    <name>BulkReviewDialog</name>
    <message>
        <location filename="../desktop/ui/received/bulk_review.py" line="+65"/>
        <source>Say what is missing: the field workers read it.</source>
        <translation>Näme ýetmeýändigini ýazyň: meýdan işgärleri muny okarlar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark %1 as %2</source>
        <translation>%1 ýazgyny «%2» diýip belle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review the selected records</source>
        <translation>Saýlanan ýazgylaryň syny</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Each of the %n selected record(s) gets its own sealed review with this decision and comment. They are sent with the next sync and cannot be taken back, only followed by another review.</source>
        <translation>
            <numerusform>Saýlanan %n ýazgynyň her biri şu karar we teswir bilen öz möhürlenen synyny alar. Synlar indiki sinhronlaşdyrmada iberilýär; olary yzyna alyp bolmaýar, diňe täze syn berip bolýar.</numerusform>
            <numerusform>Saýlanan %n ýazgynyň her biri şu karar we teswir bilen öz möhürlenen synyny alar. Synlar indiki sinhronlaşdyrmada iberilýär; olary yzyna alyp bolmaýar, diňe täze syn berip bolýar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision:</source>
        <translation>Karar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (optional; needed to ask for information):</source>
        <translation>Teswir (hökman däl; maglumat soralanda gerek):</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../desktop/ui/widgets.py" line="+202"/>
        <source>OK</source>
        <translation>Bolýar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Ýatda sakla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t save</source>
        <translation>Saklama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Hawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Ýok</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <location filename="../desktop/ui/received/change_text.py" line="+15"/>
        <source>Title</source>
        <translation>Sözbaşy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beýany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident date</source>
        <translation>Wakanyň senesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ýeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights affected</source>
        <translation>Bozulan hukuklar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Types of act</source>
        <translation>Hereket görnüşleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Çeşme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Razylyk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Gizlinlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Indiki çäreler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Goşundy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Bellikler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN recommendations</source>
        <translation>BMG-niň maslahatlary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPR themes</source>
        <translation>Ählumumy döwürleýin synyň temalary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDG targets</source>
        <translation>Durnukly ösüş maksatlarynyň wezipeleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to the coordinator</source>
        <translation>Utgaşdyryja jogap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start</source>
        <translation>başy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end</source>
        <translation>soňy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>takyklygy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>velayat</source>
        <translation>welaýat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>etrap</source>
        <translation>etrap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settlement</source>
        <translation>ilatly ýer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude</source>
        <translation>giňlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation>uzaklyk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>wezipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>ady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked to stay anonymous</source>
        <translation>adynyň aýdylmazlygyny haýyş etdi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>jynsy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age group</source>
        <translation>ýaş topary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perpetrator type</source>
        <translation>hukuk bozujynyň görnüşi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>görnüşi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reliability</source>
        <translation>ygtybarlylygy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how obtained</source>
        <translation>nähili alnandygy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>obtained</source>
        <translation>alyndy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may be shared with coordinators</source>
        <translation>utgaşdyryjylara berip bolýar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may be shared with the institution</source>
        <translation>milli edara berip bolýar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may be used in anonymised public reports</source>
        <translation>adsyzlaşdyrylan köpçülik hasabatlarynda ulanyp bolýar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>action</source>
        <translation>çäre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>bellik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>möhleti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>ýerine ýetirildi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>hawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>ýok</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desktop/cli_text.py" line="+25"/>
        <source>row %1: %2: %3: %4</source>
        <translation>%1-nji setir: %2: %3: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1: </source>
        <translation>%1-nji setir: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported %1, rejected %2</source>
        <translation>import edildi %1, kabul edilmedi %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported %1 observations</source>
        <translation>eksport edilen ýazgylar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase changed</source>
        <translation>Açar sözi üýtgedildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created profile %1</source>
        <translation>Profil döredildi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device id %1</source>
        <translation>Enjamyň belgisi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--limit %1 is above the page size of %2: at most %2 rows are shown; use --offset for more</source>
        <translation>--limit %1 sahypanyň ölçeginden (%2) uly: iň köp %2 setir görkezilýär; galanlary üçin --offset ulanyň</translation>
    </message>
    <message>
        <location filename="../desktop/network_cli.py" line="+30"/>
        <source>no devices enrolled</source>
        <translation>birikdirilen enjam ýok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>hiç haçan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>işjeň</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked %1</source>
        <translation>%1 ýatyryldy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke device %1 (%2, %3)? It will be refused at its next connection, and this cannot be undone. Type yes to revoke: </source>
        <translation>%1 enjamy (%2, %3) ýatyrmalymy? Indiki birikmesinde serwer ony kabul etmez; muny yzyna gaýtaryp bolmaz. Ýatyrmak üçin yes (ýa-da hawa) ýazyň: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was revoked.</source>
        <translation>Hiç zat ýatyrylmady.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoking needs a confirmation: run it in a terminal, or add --yes</source>
        <translation>ýatyrmak üçin tassyklama gerek: buýrugy terminalda işlediň ýa-da --yes goşuň</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device %1 is revoked: the server refuses it from now on.</source>
        <translation>%1 enjamy ýatyryldy: mundan beýläk serwer ony kabul etmeýär.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device was a coordinator&apos;s and holds the coordination key. Revoking stops it syncing, not reading what it already has: replace the coordination key so that it cannot read what is sent from now on (docs/security.md, &apos;A coordinator&apos;s laptop is lost&apos;).</source>
        <translation>Bu utgaşdyryjynyň enjamydy we onda utgaşdyryş açary bar. Ýatyrmak onuň sinhronlamagyny togtadýar, ýöne onda eýýäm bar zatlary okamagyna päsgel bermeýär: şu wagtdan soň iberilýän zatlary okap bilmez ýaly, utgaşdyryş açaryny çalşyň (docs/security.md, «A coordinator&apos;s laptop is lost»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the coordination key now? Type yes to replace it: </source>
        <translation>Utgaşdyryş açaryny häzir çalşmalymy? Çalşmak üçin yes (ýa-da hawa) ýazyň: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To replace the coordination key later: fieldbook coordination rotate</source>
        <translation>Utgaşdyryş açaryny soňra çalşmak üçin: fieldbook coordination rotate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the coordinator whose fingerprint the invitation codes carry (%1) can replace the coordination key: ask them to run fieldbook coordination rotate.</source>
        <translation>Utgaşdyryş açaryny diňe barmak yzy çakylyk kodlarynda bolan utgaşdyryjy (%1) çalşyp bilýär: ondan fieldbook coordination rotate buýrugyny ýerine ýetirmegini haýyş ediň.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the coordination key? A new key is made on this device and certified with its identity; every device seals what it sends from its next sync for the new key only. Records already sent stay readable to whoever holds the old key: replacing protects what is sent from now on. Every other coordinator must then import the new key file. Type yes to replace it: </source>
        <translation>Utgaşdyryş açaryny çalşmalymy? Täze açar şu enjamda döredilýär we onuň şahsyýet açary bilen tassyklanýar; her enjam indiki sinhronlamadan başlap iberýän zatlaryny diňe täze açar üçin şifrleýär. Eýýäm iberilen ýazgylar köne açary bolan her kim üçin okalýan bolup galýar: çalşmak şu wagtdan soň iberilýän zatlary goraýar. Soňra beýleki utgaşdyryjylaryň her biri täze açar faýlyny import etmeli. Çalşmak üçin yes (ýa-da hawa) ýazyň: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The coordination key was not replaced.</source>
        <translation>Utgaşdyryş açary çalşylmady.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replacing the coordination key needs a confirmation: run it in a terminal, or add --yes</source>
        <translation>utgaşdyryş açaryny çalşmak üçin tassyklama gerek: buýrugy terminalda işlediň ýa-da --yes goşuň</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The coordination key is replaced (generation %1, fingerprint %2). Field devices take it at their next sync. Now export the key file (fieldbook export-key FILE) and give it to each remaining coordinator to import; it holds the earlier keys too, for older records.</source>
        <translation>Utgaşdyryş açary çalşyldy (nesil %1, barmak yzy %2). Meýdan enjamlary ony indiki sinhronlamada alarlar. Indi açar faýlyny eksport ediň (fieldbook export-key FAÝL) we import etmek üçin galan utgaşdyryjylaryň her birine beriň; onda köne ýazgylar üçin öňki açarlar hem bar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>coordination key: generation %1, fingerprint %2</source>
        <translation>utgaşdyryş açary: nesil %1, barmak yzy %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certified by the coordinator identity %1</source>
        <translation>utgaşdyryjynyň şahsyýet açary %1 bilen tassyklanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this device holds it: %1; keys held for older records: %2; may replace it: %3</source>
        <translation>bu enjamda bar: %1; köne ýazgylar üçin açarlar: %2; çalşyp bilýär: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>devices whose newest record was sealed for an older key (not synced since the replacement, or kept on the old key by the server): %1</source>
        <translation>iň soňky ýazgysy öňki açar üçin şifrlenen enjamlar (çalşykdan soň sinhronlanmadyk ýa-da serwer olary köne açarda saklaýar): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>hawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>ýok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation %1 added (%2, id %3).</source>
        <translation>%1 guramasy goşuldy (%2, id %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no organisations yet</source>
        <translation>entek gurama ýok</translation>
    </message>
    <message>
        <location filename="../desktop/recommendations_cli.py" line="+27"/>
        <source>recommendations: %1 added, %2 updated, %3 unchanged (%4 in the profile)</source>
        <translation>maslahatlar: goşuldy %1, täzelendi %2, üýtgemedi %3 (profilde: %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recommendations loaded: fieldbook recommendations import FILE</source>
        <translation>Maslahatlar ýüklenmedi: fieldbook recommendations import FAÝL</translation>
    </message>
    <message>
        <location filename="../desktop/inbox_cli.py" line="+30"/>
        <source>no organisation %1 among the received records (fieldbook inbox --orgs lists them)</source>
        <translation>alnan ýazgylaryň arasynda %1 guramasy ýok (sanawy: fieldbook inbox --orgs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>received</source>
        <translation>kabul edildi</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>review</source>
        <translation>seredilişi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>kimden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>ady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>* unread   ! conflicting revisions</source>
        <translation>* okalmadyk   ! gapma-garşy wersiýalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing received yet: a coordinator receives observations with fieldbook sync</source>
        <translation>entek hiç zat alynmady: koordinator synlamalary fieldbook sync buýrugy bilen alýar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 received</source>
        <translation>alnan %2 ýazgydan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unread, %2 not reviewed yet, %3 needing information, %4 in conflict</source>
        <translation>okalmadyk: %1, entek seredilmedik: %2, maglumat garaşýan: %3, gapma-garşylykly: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not reviewed</source>
        <translation>seredilmedik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>tassyklandy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs information</source>
        <translation>maglumat gerek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>ýapyldy</translation>
    </message>
    <message>
        <location filename="../desktop/parcel_cli.py" line="+30"/>
        <source>%1: %2 envelopes, %3 new, %4 already here, %5 receipts, %6 attachments complete, %7 for other devices, %8 refused</source>
        <translation>%1: %2 konwert, täze — %3, öňem bardy — %4, kwitansiýa — %5, doly gelen goşundy — %6, başga enjamlar üçin — %7, ret edildi — %8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  refused: %1</source>
        <translation>  ret edildi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: everything in this parcel was here already (opened before): nothing changed.</source>
        <translation>%1: bu posylkadaky ähli zat öňem şu ýerde bardy (ol öň açylypdyr): hiç zat üýtgemedi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fieldbook: %1: %2</source>
        <translation>fieldbook: %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 baýt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 envelopes; they stay queued until a receipt comes back.</source>
        <translation>%1 konwert; kwitansiýa gaýdyp gelýänçä olar nobatda galýar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reviews and %2 receipts for %3 device(s).</source>
        <translation>%1 syn we %2 kwitansiýa, %3 enjam üçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation %1: %2 device(s), as the server lists them now.</source>
        <translation>%1 guramasy: %2 enjam, serweriň häzirki sanawy boýunça.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation %1: %2 device(s), as this computer last knew them (%3); the server could not be asked.</source>
        <translation>%1 guramasy: %2 enjam, bu kompýuteriň olary soňky gezek bilşi ýaly (%3); serwerden soramak başartmady.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 device(s) that sent records here are of an organisation this computer does not know (not in this parcel); make a parcel --for each, or connect once: %2</source>
        <translation>Bu ýere ýazgy iberen, emma guramasy bu kompýutere belli bolmadyk enjamlar (olar bu posylkada ýok): %1. Olaryň her biri üçin --for bilen posylka taýýarlaň ýa-da bir gezek birikiň: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>receipts for the author: %1</source>
        <translation>awtor üçin kwitansiýalar: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop/ui/received/conflict_dialog.py" line="+91"/>
        <source>Conflicting revisions</source>
        <translation>Çaknyşýan wersiýalar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The author&apos;s device sent two different revisions made from the same earlier one (a profile restored from a backup does this). Both are kept; nothing is merged. The author settles it by saving a new revision.</source>
        <translation>Awtoryň enjamy şol bir öňki wersiýadan edilen iki dürli wersiýa iberdi (profil ätiýaçlyk nusgadan dikeldilende şeýle bolýar). Ikisi-de saklanýar, hiç zat birleşdirilmeýär. Awtor täze wersiýany ýazdyryp, muny çözýär.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which one counts:</source>
        <translation>Haýsysy hasaba alynýar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revision %1</source>
        <translation>%1-nji wersiýa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>COUNTS</source>
        <translation>HASABA ALYNÝAR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not count</source>
        <translation>hasaba alynmaýar</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../desktop/ui/connect_dialog.py" line="+100"/>
        <source>Connect to server</source>
        <translation>Serwere birikmek</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Invitation code</source>
        <translation>Çakylyk kody</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Name of this computer</source>
        <translation>Bu kompýuteriň ady</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Proxy</source>
        <translation>Proksi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. laptop 3</source>
        <translation>meselem, noutbuk 3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s operator sees this name, unencrypted. Use one that names no person and no place you would not want them to know; it may be left empty.</source>
        <translation>Serweriň operatory bu ady şifrlenmedik görnüşde görýär. Oňa bilmeli däl adamy ýa-da ýeri agzamaýan at saýlaň; meýdançany boş goýup bolýar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System settings</source>
        <translation>Ulgam sazlamalary</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No proxy</source>
        <translation>Proksisiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This proxy:</source>
        <translation>Şu proksi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect</source>
        <translation>Birikmek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export coordination key…</source>
        <translation>Utgaşdyryş açaryny eksport etmek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import coordination key…</source>
        <translation>Utgaşdyryş açaryny import etmek…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This computer is connected to %1.</source>
        <translation>Bu kompýuter %1 serwerine birikdirildi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste the invitation code your coordinator gave you. Fieldbook checks that the server&apos;s keys match the code before it sends anything.</source>
        <translation>Utgaşdyryjyňyzyň beren çakylyk koduny giriziň. Fieldbook bir zat ibermezden öň serweriň açarlarynyň koda gabat gelýändigini barlaýar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the invitation code.</source>
        <translation>Çakylyk koduny giriziň.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Birikdirilýär…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>coordinator</source>
        <translation>utgaşdyryjy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>field worker</source>
        <translation>meýdan işgäri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected as %1.</source>
        <translation>Birikdirildi: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coordinator key fingerprint: %1 — compare it with your coordinator by phone or in person.</source>
        <translation>Utgaşdyryjynyň açar barmak yzy: %1 — ony utgaşdyryjyňyz bilen telefonda ýa-da ýüzbe-ýüz deňeşdiriň.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the coordination key file from the first coordinator.</source>
        <translation>Birinji utgaşdyryjydan utgaşdyryş açar faýlyny import ediň.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting failed for an unexpected reason.</source>
        <translation>Garaşylmadyk sebäbe görä birikip bolmady.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save coordination key</source>
        <translation>Utgaşdyryş açaryny ýatda saklamak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A passphrase for the key file</source>
        <translation>Açar faýly üçin açar söz</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved. Keep the file offline, apart from its passphrase.</source>
        <translation>Ýatda saklandy. Faýly internetden daşda we açar sözünden aýry saklaň.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open coordination key</source>
        <translation>Utgaşdyryş açaryny açmak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file&apos;s passphrase</source>
        <translation>Açar faýlynyň açar sözi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The coordination key was imported.</source>
        <translation>Utgaşdyryş açary import edildi.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../desktop/ui/coordinator/dashboard.py" line="+158"/>
        <source>Documented cases with consent; not a sample, no prevalence. × not shown, to protect people.</source>
        <extracomment>The chart as saved: consenting records, protected counts (None: hidden).</extracomment>
        <translation>Razylyk bilen resminamalaşdyrylan wakalar; saýlama däl, ýaýraw däl. × — adamlary goramak üçin görkezilmedi.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Fewer than {n}: shown here, hidden in documents</source>
        <translation>{n}-den az: bu ýerde görünýär, resminamalarda gizlenýär</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Rows:</source>
        <extracomment>the profile, or a callable giving the profile open now (None while locked)</extracomment>
        <translation>Setirler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Sütünler:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Counting…</source>
        <translation>Hasaplanýar…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The figures could not be counted.</source>
        <translation>Sanlary hasaplap bolmady.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n} records. Counts marked * are small: shown here, hidden in documents.</source>
        <translation>Ýazgylar: {n}. * bilen bellenen sanlar kiçi: bu ýerde görünýär, resminamalarda gizlenýär.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/coordinator/dashboard_window.py" line="+108"/>
        <source>Figures</source>
        <extracomment>where the window was left and the cross-table&apos;s dimensions (ui.ini) () -&gt; the profile&apos;s UN recommendations, for the report&apos;s annex the profile, or a callable giving the profile open now (None while locked)</extracomment>
        <translation>Sanlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write report…</source>
        <translation>Hasabat ýaz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Eksport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The list has no filter for this.</source>
        <translation>Sanawda munuň üçin süzgüç ýok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save chart as PNG or SVG…</source>
        <translation>Diagrammany PNG ýa-da SVG hökmünde ýatda sakla…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save chart</source>
        <translation>Diagrammany ýatda sakla</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Write report</source>
        <translation>Hasabat ýaz</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The report was written.</source>
        <translation>Hasabat ýazyldy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report was cancelled.</source>
        <translation>Hasabat ýatyryldy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report could not be written.</source>
        <translation>Hasabaty ýazyp bolmady.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sensitive records will be written to a file that is not encrypted. Export them?</source>
        <translation>{n} sany duýgur ýazgy şifrlenmedik faýla ýazylar. Olary eksport etmelimi?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{n} records exported.</source>
        <translation>{n} ýazgy eksport edildi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export could not be written.</source>
        <translation>Eksporty ýazyp bolmady.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../desktop/ui/date_field.py" line="+256"/>
        <source>Write the date as %1.</source>
        <extracomment>Earlier incident dates are typing slips (a year of 1900, 0025); the core refuses them too. &quot;Not set&quot;: what :meth:`DateField.date` returns for an empty field (kept for callers that compared against the old QDateEdit&apos;s minimum). The text cannot be read as an allowed date (message), or &quot;&quot; when it can again.</extracomment>
        <translation>Senäni %1 görnüşinde ýazyň.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a date between %1 and %2.</source>
        <translation>%1 bilen %2 aralygynda sene saýlaň.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a date between %1 and today.</source>
        <translation>%1 bilen şu günüň aralygynda sene saýlaň.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>year</source>
        <translation>ýyl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mm%1yyyy</source>
        <translation>aa%1ýýýý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd%1mm%1yyyy</source>
        <translation>gg%1aa%1ýýýý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Senenamadan saýla (Alt+Aşak)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Senenama</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="+87"/>
        <source>Unsaved changes</source>
        <translation>Ýatda saklanmadyk üýtgeşmeler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This observation has changes that are not saved yet.</source>
        <translation>Bu ýazgyda entek ýatda saklanmadyk üýtgeşmeler bar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Repeat:</source>
        <translation>Gaýtalaň:</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../desktop/ui/drafts.py" line="+41"/>
        <location line="+22"/>
        <source>Delete draft</source>
        <translation>Garalamany pozmak</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Delete this draft and its attachments from this laptop? It was never sent, so no copy exists anywhere else. This cannot be undone.</source>
        <translation>Bu garalama we onuň goşundylary bu kompýuterden pozulsynmy? Ol hiç haçan iberilmedi, şonuň üçin başga ýerde nusgasy ýok. Muny yzyna gaýtaryp bolmaz.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The draft could not be deleted.</source>
        <translation>Garalamany pozup bolmady.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../desktop/ui/error_dialog.py" line="+91"/>
        <source>Technical details</source>
        <translation>Tehniki jikme-jiklikler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy details</source>
        <translation>Jikme-jiklikleri &amp;göçür</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Something went wrong</source>
        <translation>Näsazlyk ýüze çykdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fieldbook hit an unexpected problem. Your saved observations are safe. If this keeps happening, copy the details below and send them to your coordinator; they contain no recorded content.</source>
        <translation>Fieldbook-da garaşylmadyk näsazlyk ýüze çykdy. Ýatda saklanan ýazgylaryňyz howpsuz. Bu gaýtalanýan bolsa, aşakdaky jikme-jiklikleri göçürip, utgaşdyryjyňyza iberiň: olarda ýazylan maglumat ýok.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="-91"/>
        <source>All files (*)</source>
        <translation>Ähli faýllar (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look in:</source>
        <translation>Bukja:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File name:</source>
        <translation>Faýlyň ady:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files of type:</source>
        <translation>Faýllaryň görnüşi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Ýatda sakla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Observations (*.csv *.json *.txt)</source>
        <translation>Ýazgylar (*.csv *.json *.txt)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../desktop/ui/filter_bar.py" line="+154"/>
        <source>All etraps</source>
        <translation>Ähli etraplar</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Rights (%n)</source>
        <translation>
            <numerusform>Hukuklar (%n)</numerusform>
            <numerusform>Hukuklar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rights…</source>
        <translation>Hukuklar…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Acts (%n)</source>
        <translation>
            <numerusform>Hereketler (%n)</numerusform>
            <numerusform>Hereketler (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Types of act…</source>
        <translation>Hereket görnüşleri…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All velayats</source>
        <translation>Ähli welaýatlar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Ähli ýagdaýlar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any confidentiality</source>
        <translation>Islendik gizlinlik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Velayat filter</source>
        <translation>Welaýat boýunça süzgüç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etrap filter</source>
        <translation>Etrap boýunça süzgüç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Ýagdaý boýunça süzgüç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality filter</source>
        <translation>Gizlinlik boýunça süzgüç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Başy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Soňy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident date from</source>
        <translation>Wakanyň senesi, başy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident date to</source>
        <translation>Wakanyň senesi, soňy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Süzgüçleri arassala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked for more information</source>
        <translation>Goşmaça maglumat soraldy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the records a coordinator asked you to complete</source>
        <translation>Utgaşdyryjynyň doldurmagy haýyş eden ýazgylaryny görkezmek</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../desktop/ui/first_run.py" line="+215"/>
        <source>The two passphrases are not the same.</source>
        <translation>Iki açar sözi biri-birine gabat gelenok.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use four or more unrelated words.</source>
        <translation>Biri-biri bilen baglanyşyksyz dört ýa-da has köp söz ulanyň.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too short: at least 8 characters.</source>
        <translation>Gaty gysga: azyndan 8 nyşan gerek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak: add more words.</source>
        <translation>Gowşak: ýene söz goşuň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair: one or two more words would help.</source>
        <translation>Ortaça: ýene bir-iki söz goşsaňyz gowy bolar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Berk.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create profile</source>
        <translation>Profil döret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next</source>
        <translation>&amp;Indiki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 of %2</source>
        <translation>%2 ädimden %1-nji ädim</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(not set)</source>
        <translation>(görkezilmedik)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The profile could not be created: %1</source>
        <translation>Profili döredip bolmady: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Welcome to Fieldbook</source>
        <translation>Fieldbook-a hoş geldiňiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language Fieldbook speaks to you in.</source>
        <translation>Fieldbook-yň siziň bilen haýsy dilde gürleşjekdigini saýlaň.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything you record is encrypted with a passphrase. Choose one you will remember but others cannot guess: a few unrelated words work well.</source>
        <translation>Ýazan zatlaryňyzyň hemmesi açar sözi bilen şifrlenýär. Özüňiziň ýadyňyzda saklap, başgalaryň tapyp bilmejek açar sözüni saýlaň: birnäçe baglanyşyksyz söz gowy gelýär.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Açar sözi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Gaýtalaň:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Açar sözi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Açar sözüni gaýtalaň</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase strength</source>
        <translation>Açar sözüniň berkligi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Important: nobody can recover this passphrase — not your coordinator, not the Fieldbook team. If you forget it, the records on this laptop cannot be opened again.</source>
        <translation>Möhüm: bu açar sözüni hiç kim dikeldip bilmez — ne utgaşdyryjyňyz, ne-de Fieldbook topary. Ony ýatdan çykarsaňyz, bu noutbukdaky ýazgylary mundan beýläk açyp bolmaz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which organisation do you work for, and in which velayat?</source>
        <translation>Haýsy guramada we haýsy welaýatda işleýärsiňiz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Gurama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Velayat:</source>
        <translation>&amp;Welaýat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Gurama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velayat</source>
        <translation>Welaýat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating your encrypted profile…</source>
        <translation>Şifrlenen profiliňiz döredilýär…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Yza</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <location filename="../desktop/ui/follow_up_editor.py" line="+107"/>
        <source>Add a follow-up &amp;action</source>
        <translation>Indiki ç&amp;äre goş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-up recorded yet.</source>
        <translation>Entek indiki çäre ýazylmady.</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <location line="-31"/>
        <source>Action</source>
        <extracomment>A due date is planned: up to ten years ahead; and it may lie in the past (overdue).</extracomment>
        <translation>Çäre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Note</source>
        <translation>Bellik</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Due by</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Ýerine ýetirildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Aýyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up action</source>
        <translation>Indiki çäre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Ýerine ýetiriş möhleti</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="+72"/>
        <source>Revision %1</source>
        <translation>%1-nji wersiýa</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Revision history</source>
        <translation>Wersiýalaryň taryhy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every save is kept as a revision that cannot be changed. Choose one to see it as it was.</source>
        <translation>Her ýatda saklama üýtgedip bolmaýan wersiýa hökmünde saklanýar. Haýsy-da bolsa birini saýlap, onuň öňki görnüşini görüň.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisions</source>
        <translation>Wersiýalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen revision</source>
        <translation>Saýlanan wersiýa</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../desktop/ui/attachments_widget.py" line="-350"/>
        <source>Attachment</source>
        <translation>Goşundy</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="+46"/>
        <source>Row %1: %2: %3</source>
        <translation>%1-nji setir: %2: %3</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose a CSV or JSON file</source>
        <translation>CSV ýa-da JSON faýlyny saýlaň</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing…</source>
        <translation>Import edilýär…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported: %1. Rows refused: %2.</source>
        <translation>Import edildi: %1. Kabul edilmedik setirler: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1: %2</source>
        <translation>%1-nji setir: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file could not be read.</source>
        <translation>Faýly okap bolmady.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import observations</source>
        <translation>Ýazgylary import etmek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import observations from a CSV or JSON file (the format is described in the user guide). Valid rows are stored; for each refused row you see why.</source>
        <translation>CSV ýa-da JSON faýlyndan ýazgylary import etmek (formaty ulanyjy gollanmasynda beýan edilýär). Dogry setirler ýatda saklanýar; kabul edilmedik her setir üçin sebäbi görkezilýär.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>Faýl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Saýla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as:</source>
        <translation>Şeýle import et:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Import et</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <location filename="../desktop/ui/coordinator/key_rotation.py" line="+56"/>
        <source>Coordination key: generation %1, fingerprint %2.</source>
        <extracomment>the rotation ended: True when the key was replaced</extracomment>
        <translation>Utgaşdyryş açary: nesil %1, barmak yzy %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the coordinator whose fingerprint the invitation codes carry (%1) can replace it.</source>
        <translation>Ony diňe barmak yzy çakylyk kodlarynda bolan utgaşdyryjy (%1) çalşyp bilýär.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n device(s) last sent records sealed for an older key: not synced since the replacement, or kept on the old key by the server.</source>
        <translation>
            <numerusform>%n enjam soňky gezek öňki açar üçin şifrlenen ýazgylary iberdi: çalşykdan soň sinhronlanmady ýa-da serwer ony köne açarda saklaýar.</numerusform>
            <numerusform>%n enjam soňky gezek öňki açar üçin şifrlenen ýazgylary iberdiler: çalşykdan soň sinhronlanmadylar ýa-da serwer olary köne açarda saklaýar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device does not hold the current key: import the new key file.</source>
        <translation>Bu enjamda häzirki açar ýok: täze açar faýlyny import ediň.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new coordination key is made on this device and certified with its identity. Every device checks that certificate and, from its next sync, seals what it sends for the new key only, so a lost or revoked coordinator&apos;s laptop cannot read it.

It does not take anything back: records already sent stay readable to whoever holds the old key, and a field device seals for the new key only after it has synced once.

Afterwards, export the key file again (Connect to server → Export coordination key…) and give it to each remaining coordinator: they import it and keep reading older records.</source>
        <translation>Şu enjamda täze utgaşdyryş açary döredilýär we onuň şahsyýet açary bilen tassyklanýar. Her enjam bu tassyklamany barlaýar we indiki sinhronlamadan başlap iberýän zatlaryny diňe täze açar üçin şifrleýär, şonuň üçin ýitirilen ýa-da ýatyrylan utgaşdyryjy noutbugy olary okap bilmez.

Bu hiç zady yzyna gaýtarmaýar: eýýäm iberilen ýazgylar köne açary bolan her kim üçin okalýan bolup galýar, meýdan enjamy bolsa täze açar üçin diňe bir gezek sinhronlandan soň şifrleýär.

Soňra açar faýlyny täzeden eksport ediň (Serwere birikmek → Utgaşdyryş açaryny eksport etmek…) we galan utgaşdyryjylaryň her birine beriň: olar ony import edip, köne ýazgylary okamagy dowam ederler.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The revoked device was a coordinator&apos;s and holds the coordination key. Replace the key now?</source>
        <translation>Ýatyrylan enjam utgaşdyryjynyňkydy we onda utgaşdyryş açary bar. Açary häzir çalşmalymy?</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+17"/>
        <source>Replace the coordination key</source>
        <translation>Utgaşdyryş açaryny çalşmak</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The coordination key is replaced (generation %1, fingerprint %2). Field devices take it at their next sync. Now export the key file and give it to each remaining coordinator; it holds the earlier keys too, for older records.</source>
        <translation>Utgaşdyryş açary çalşyldy (nesil %1, barmak yzy %2). Meýdan enjamlary ony indiki sinhronlamada alarlar. Indi açar faýlyny eksport ediň we galan utgaşdyryjylaryň her birine beriň; onda köne ýazgylar üçin öňki açarlar hem bar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The coordination key could not be replaced.</source>
        <translation>Utgaşdyryş açaryny çalşyp bolmady.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="+16"/>
        <source>Draft</source>
        <translation>Garalama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send</source>
        <translation>Ibermäge taýýar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Sent</source>
        <translation>Iberildi</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Received</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Tassyklandy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs information</source>
        <translation>Maglumat gerek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Ýapyldy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Adaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Duýgur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highly sensitive</source>
        <translation>Örän duýgur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exact day</source>
        <translation>Takyk gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month only</source>
        <translation>Diňe aý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year only</source>
        <translation>Diňe ýyl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date unknown</source>
        <translation>Senesi näbelli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Victim</source>
        <translation>Ejir çeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>Şaýat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleged perpetrator</source>
        <translation>Güman edilýän hukuk bozujy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Çeşme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this laptop only</source>
        <translation>Diňe şu noutbukda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to send</source>
        <translation>Iberilmegine garaşýar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+469"/>
        <source>Delete draft</source>
        <extracomment>The store is imported and the workspace built (done while the user types). An editor is shown (a new record&apos;s, or a stored one&apos;s once read).</extracomment>
        <translation>Garalamany pozmak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a draft that was never sent can be deleted.</source>
        <translation>Diňe hiç haçan iberilmedik garalamany pozup bolýar.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Carry by USB stick</source>
        <translation>USB fleşkada geçirmek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a server once (File &gt; Connect) before using parcels.</source>
        <translation>Posylkalary ulanmazdan öň serwere bir gezek birikiň (Faýl &gt; Birikmek).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Network</source>
        <translation>Tor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a coordinator&apos;s device connected to the server manages the network.</source>
        <translation>Tory diňe serwere birikdirilen utgaşdyryjynyň enjamy dolandyrýar.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>A coordinator asked for more information on %n observation(s).</source>
        <translation>
            <numerusform>Utgaşdyryjy %n gözegçilik boýunça goşmaça maglumat sorady.</numerusform>
            <numerusform>Utgaşdyryjy %n gözegçilik boýunça goşmaça maglumat sorady.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Received</source>
        <translation>Gelen ýazgylar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new · %2 to review</source>
        <translation>täze: %1 · syn garaşýar: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My records</source>
        <translation>Meniň ýazgylarym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observations received from the network&apos;s field workers</source>
        <translation>Toruň meýdan işgärlerinden gelen ýazgylar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observations recorded on this laptop</source>
        <translation>Şu noutbukda ýazylan ýazgylar</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;File</source>
        <translation>&amp;Faýl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Düzediş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Görnüş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Kömek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New observation</source>
        <translation>&amp;Täze ýazgy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a new observation (Ctrl+N)</source>
        <translation>Täze ýazgy döret (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected observation (Ctrl+O)</source>
        <translation>Saýlanan ýazgyny aç (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Gulpla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock Fieldbook now (Ctrl+L)</source>
        <translation>Fieldbook-y häzir gulpla (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çyk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Gözle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Sazlamalar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language, auto-lock, passphrase and server (Ctrl+,)</source>
        <translation>Dil, awtomatik gulplamak, açar sözi we serwer (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Täzele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear search and filters</source>
        <translation>Gözlegi we süzgüçleri &amp;arassala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Fieldbook</source>
        <translation>Fieldbook &amp;barada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>Esasy gural paneli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync state</source>
        <translation>Sinhronlaşdyryş ýagdaýy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Häzir sinhronlamak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and receive now (F9)</source>
        <translation>Häzir ibermek we almak (F9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to server…</source>
        <translation>Serwere &amp;birikmek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;log</source>
        <translation>Sinhronlama &amp;žurnaly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry by &amp;USB stick…</source>
        <translation>&amp;USB fleşkada geçirmek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;twork: organisations, invitations, devices…</source>
        <translation>T&amp;or: guramalar, çakylyklar, enjamlar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Figures and map</source>
        <translation>&amp;Sanlar we karta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete draft…</source>
        <translation>Garalamany &amp;poz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected draft (Delete)</source>
        <translation>Saýlanan garalamany poz (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from a file…</source>
        <translation>Faýldan &amp;import…</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../desktop/ui/coordinator/network_dialog.py" line="+268"/>
        <source>That did not work.</source>
        <translation>Başartmady.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nothing sent yet</source>
        <translation>entek hiç zat ibermedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>işjeň</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoked %1</source>
        <translation>%1 ýatyryldy</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n active device(s).</source>
        <translation>
            <numerusform>%n işjeň enjam.</numerusform>
            <numerusform>%n işjeň enjam.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No organisation</source>
        <translation>Guramasyz</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Revoke %1 (%2, %3)? The server refuses this device from its next connection. This cannot be undone: the device would need a new invitation.</source>
        <translation>%1 (%2, %3) ýatyrmalymy? Serwer bu enjamy indiki birikmesinden başlap kabul etmez. Muny yzyna gaýtaryp bolmaz: enjama täze çakylyk gerek bolar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a coordinator&apos;s device: it holds the coordination key, and revoking does not take back what it can already read.</source>
        <translation>Bu utgaşdyryjynyň enjamy: onda utgaşdyryş açary bar, ýatyrmak onuň eýýäm okap bilýän zatlaryny yzyna almaýar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Revoke a device</source>
        <translation>Enjamy ýatyrmak</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Replace the coordination key</source>
        <translation>Utgaşdyryş açaryny çalşyň</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The revoked device was a coordinator&apos;s and holds the coordination key, which opens every observation sent so far. Revoking stops it syncing, not reading what it already has. Replace the coordination key (&quot;Replace the coordination key…&quot; on the laptop whose fingerprint the invitation codes carry) so that it cannot read what is sent from now on, and treat what was sent before as readable by whoever holds that device.</source>
        <translation>Ýatyrylan enjam utgaşdyryjynyňkydy we onda şu wagta çenli iberilen ähli gözegçilikleri açýan utgaşdyryş açary bar. Ýatyrmak onuň sinhronlamagyny togtadýar, ýöne onda eýýäm bar zatlary okamagyna päsgel bermeýär. Şu wagtdan soň iberilýän zatlary okap bilmez ýaly, utgaşdyryş açaryny çalşyň (barmak yzy çakylyk kodlarynda bolan noutbukda «Utgaşdyryş açaryny çalşmak…»), öň iberilen zatlary bolsa şol enjam kimde bolsa, şonuň okap biljekdigini göz öňünde tutuň.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The device is revoked: the server refuses it from now on.</source>
        <translation>Enjam ýatyryldy: mundan beýläk serwer ony kabul etmeýär.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The coordination key is replaced.</source>
        <translation>Utgaşdyryş açary çalşyldy.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The invitation code is ready.</source>
        <translation>Çakylyk kody taýýar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This code lets one new device (%1) connect to the server and join the network. It works once, until %2; after that, make a new one. Hand it over in person or read it out by phone, never by e-mail or chat. After connecting, the new device shows the fingerprint %3: compare it by phone.</source>
        <translation>Bu kod bir täze enjama (%1) serwere birikmäge we tora goşulmaga mümkinçilik berýär. Ol diňe bir gezek we %2 çenli işleýär; soňra täzesini dörediň. Ony ýüzbe-ýüz beriň ýa-da telefonda okap beriň, e-poçta ýa-da çat arkaly ibermäň. Birikenden soň täze enjam %3 barmak yzyny görkezer: ony telefonda deňeşdiriň.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The code is copied.</source>
        <translation>Kod göçürildi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fieldbook invitation code</source>
        <translation>Fieldbook çakylyk kody</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The code was sent to the printer.</source>
        <translation>Kod printere iberildi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the organisation a name and a velayat.</source>
        <translation>Guramanyň adyny we welaýatyny görkeziň.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation %1 added.</source>
        <translation>%1 guramasy goşuldy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <source>coordinator</source>
        <translation>utgaşdyryjy</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+46"/>
        <source>field worker</source>
        <translation>meýdan işgäri</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Network</source>
        <translation>Tor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Enjamlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite a device</source>
        <translation>Enjamy çagyrmak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Guramalar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device</source>
        <translation>Enjam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Wezipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Organisation</source>
        <translation>Gurama</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Last contact</source>
        <translation>Soňky habarlaşma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Täzelemek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>Ýa&amp;tyrmak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the coordination &amp;key…</source>
        <translation>Utgaşdyryş &amp;açaryny çalşmak…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An invitation code lets a new laptop join the network. It is made on this device, so it vouches for your coordination key; the server never sees it.</source>
        <translation>Çakylyk kody täze noutbukyň tora goşulmagyna mümkinçilik berýär. Ol şu enjamda döredilýär, şonuň üçin siziň utgaşdyryş açaryňyzy tassyklaýar; serwer ony hiç haçan görmeýär.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a:</source>
        <translation>Kim üçin:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Gurama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid for (days):</source>
        <translation>&amp;Möhleti (gün):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Make an invitation code</source>
        <translation>Çakylyk kodyny &amp;döretmek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Göçürmek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Çap etmek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velayat</source>
        <translation>Welaýat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ady:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;elayat:</source>
        <translation>W&amp;elaýat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add the organisation</source>
        <translation>Guramany &amp;goşmak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a velayat</source>
        <translation>Welaýaty saýlaň</translation>
    </message>
</context>
<context>
    <name>ObservationEditor</name>
    <message>
        <location filename="../desktop/ui/observation_editor.py" line="+593"/>
        <location line="+617"/>
        <source>(not set)</source>
        <extracomment>A save ended (True: stored). Emitted for every save asked, also one refused at once. &quot;Ready to send&quot; / &quot;Back to drafts&quot; ended (True: the status changed).</extracomment>
        <translation>(görkezilmedik)</translation>
    </message>
    <message>
        <location line="-468"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Gaty uzyn: iň köp %1 nyşan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now %1.</source>
        <translation>Häzir %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+63"/>
        <location line="+16"/>
        <source>Not saved: please check the marked fields.</source>
        <translation>Ýatda saklanmady: bellenen meýdançalary barlaň.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Saved at %1.</source>
        <translation>%1-de ýatda saklandy.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Before sending, still needed: %1.</source>
        <translation>Ibermek üçin entek gerek: %1.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Not saved yet: please check the marked fields.</source>
        <translation>Entek ýatda saklanmady: bellenen meýdançalary barlaň.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Draft saved automatically at %1.</source>
        <translation>Garalama %1-de awtomatik ýatda saklandy.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The observation could not be saved.</source>
        <translation>Ýazgyny ýatda saklap bolmady.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not sent: please check the marked fields.</source>
        <translation>Iberilmedi: bellenen meýdançalary barlaň.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No consent recorded</source>
        <translation>Razylyk bellenmedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record says the person did not give informed consent. Send it to the coordinators anyway?</source>
        <translation>Bu ýazgyda adamyň habardar razylygy bellenmedik. Muňa garamazdan ony utgaşdyryjylara ibermelimi?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Queued: it will be sent at the next connection.</source>
        <translation>Nobatda: indiki birikmede iberiler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved back to drafts.</source>
        <translation>Garalamalara gaýtaryldy.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>New observation</source>
        <translation>Täze ýazgy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Observation</source>
        <translation>Synlama</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This observation was sent and can no longer be changed here. You can still read it, see its history and save copies of attachments.</source>
        <translation>Bu ýazgy iberildi, ony indi bu ýerde üýtgedip bolmaýar. Ony okap, taryhyna seredip we goşundylaryň nusgalaryny saklap bilersiňiz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your coordinator asked for more information. Add it, then choose Ready to send again.</source>
        <translation>Utgaşdyryjyňyz goşmaça maglumat sorady. Ony goşuň we ýene «Ibermäge taýýar» düwmesine basyň.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Back to drafts</source>
        <translation>&amp;Garalamalara gaýtar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to se&amp;nd</source>
        <translation>&amp;Ibermäge taýýar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes — saved automatically shortly after you stop typing.</source>
        <translation>Ýatda saklanmadyk üýtgeşmeler bar — ýazmagy bes edeniňizden biraz soň awtomatik saklanar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved changes — press Save (Ctrl+S).</source>
        <translation>Ýatda saklanmadyk üýtgeşmeler bar — «Ýatda sakla» basyň (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes saved (revision %1).</source>
        <translation>Ähli üýtgeşmeler ýatda saklandy (%1-nji wersiýa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet.</source>
        <translation>Entek ýatda saklanmady.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened</source>
        <translation>Näme boldy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When and where</source>
        <translation>Haçan we nirede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights and acts</source>
        <translation>Hukuklar we hereketler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People involved</source>
        <translation>Gatnaşan adamlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source and consent</source>
        <translation>Çeşme we razylyk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Goşundylar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Indiki çäreler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN recommendations</source>
        <translation>BMG-niň maslahatlary</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Title:</source>
        <translation>Sö&amp;zbaşy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the &amp;witness told you:</source>
        <translation>&amp;Şaýadyň aýdanlary:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality:</source>
        <translation>Gizlinlik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Be&amp;llikler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How e&amp;xact is the date:</source>
        <translation>Sene näçe ta&amp;kyk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date (or start):</source>
        <translation>Sene (ýa-&amp;da başy):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End:</source>
        <translation>Soňy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Velayat:</source>
        <translation>&amp;Welaýat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Etrap:</source>
        <translation>&amp;Etrap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town or villa&amp;ge:</source>
        <translation>Şäher ýa-da &amp;oba:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates (optional):</source>
        <translation>Koordinatalar (hökmany däl):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rights affected:</source>
        <translation>&amp;Bozulan hukuklar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ypes of act:</source>
        <translation>&amp;Hereket görnüşleri:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So&amp;urce type:</source>
        <translation>&amp;Çeşmäniň görnüşi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;liability:</source>
        <translation>&amp;Ygtybarlylygy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was obtained:</source>
        <translation>Nädi&amp;p alyndy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent:</source>
        <translation>Razylyk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations it bears on:</source>
        <translation>Degişli maslahatlar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPR themes:</source>
        <translation>Ählumumy döwürleýin synyň temalary:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDG targets:</source>
        <translation>Durnukly ösüş maksatlarynyň wezipeleri:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A short summary, e.g. “Detained at the bazaar”</source>
        <translation>Gysgaça, meselem: «Bazarda tussag edildi»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Sözbaşy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down what happened, in the witness&apos;s own words where possible.</source>
        <translation>Näme bolanyny mümkin boldugyça şaýadyň öz sözleri bilen ýazyň.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beýany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short words separated by commas</source>
        <translation>Otur bilen bölünen gysga sözler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Bellikler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 16.10, 5.2</source>
        <translation>meselem, 16.10, 5.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDG targets</source>
        <translation>Durnukly ösüş maksatlarynyň wezipeleri</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date precision</source>
        <translation>Senäniň takyklygy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident date or start</source>
        <translation>Wakanyň senesi ýa-da başy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It lasted until</source>
        <translation>Şu sene çenli dowam etdi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident end date</source>
        <translation>Wakanyň gutaran senesi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velayat</source>
        <translation>Welaýat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etrap</source>
        <translation>Etrap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town or village</source>
        <translation>Şäher ýa-da oba</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Latitude</source>
        <translation>Giňlik</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Longitude</source>
        <translation>Uzynlyk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source type</source>
        <translation>Çeşmäniň görnüşi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability</source>
        <translation>Ygtybarlylygy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was obtained</source>
        <translation>Nädip alyndy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person gave informed consent to record this</source>
        <translation>Adam muny ýazmaga habarly razylygyny berdi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They agreed that it may be shared with:</source>
        <translation>Şulara bermäge razy boldy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our network&apos;s coordinators</source>
        <translation>Torumyzyň utgaşdyryjylary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The national human-rights institution</source>
        <translation>Adam hukuklary boýunça milli edara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised public reports</source>
        <translation>Adsyzlandyrylan köpçülik hasabatlary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation>Bölümler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Observation</source>
        <translation>&amp;Ýazgy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>Ýatda &amp;sakla</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Attach files…</source>
        <translation>&amp;Faýl goş…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision &amp;history…</source>
        <translation>Wersiýalaryň &amp;taryhy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock Fieldbook</source>
        <translation>Fieldbook-y &amp;gulpla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Ýap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete this draft…</source>
        <translation>Bu garalamany &amp;poz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation>Ýatda sakla (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Taryh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision history (Ctrl+H)</source>
        <translation>Wersiýalaryň taryhy (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send (Ctrl+Enter)</source>
        <translation>Ibermäge taýýar (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ObservationListView</name>
    <message>
        <location filename="../desktop/ui/observation_list.py" line="+197"/>
        <source>Counting…</source>
        <extracomment>the columns&apos; widths where there is room; the title&apos;s (0) stretches the title keeps at least this share of the width (1/3: a third) fields every query of this list has (a coordinator&apos;s &quot;My records&quot;: scope &quot;own&quot;) The list shows the first rows of a search; their number is still being counted.</extracomment>
        <translation>Sanalýar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 observations</source>
        <translation>Ýazgylar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%2-den %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search titles, descriptions, places and names  (Ctrl+F)</source>
        <translation>Sözbaşy, beýan, ýer we at boýunça gözleg  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search observations</source>
        <translation>Ýazgylary gözle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Ýazgylar</translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <location filename="../desktop/ui/observation_table_model.py" line="+51"/>
        <source>Incident date</source>
        <extracomment>How long after a new query was asked its first page may wait for its count. A count that comes within it makes one reset and one paint with the page; a slower one would delay the rows, so they show without it and the rest of the rows are added when it comes. Counted from the question, so a slow page is never held back further. (key, header, store sort key or None when the store cannot sort by it)</extracomment>
        <translation>Wakanyň senesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ýeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Sözbaşy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Kategoriýalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sinhronlaşdyryş</translation>
    </message>
    <message>
        <location line="+298"/>
        <source>This column cannot be sorted.</source>
        <extracomment>Longest text a cell gets; the rest is in the tooltip (no column is that wide). The new query&apos;s first page is in the model (its count may still be coming). The query has settled: first page and count are in, or it failed. (key, header, sort key or None): a subclass lists other columns (the Received list) the translation context of the columns&apos; headers</extracomment>
        <translation>Bu sütün boýunça tertiplemek bolmaýar.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Reviewed by a coordinator %n time(s). Open the record to read the reviews.</source>
        <translation>
            <numerusform>Utgaşdyryjy %n gezek syn berdi. Synlary okamak üçin ýazgyny açyň.</numerusform>
            <numerusform>Utgaşdyryjy %n gezek syn berdi. Synlary okamak üçin ýazgyny açyň.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservationView</name>
    <message>
        <location filename="../desktop/ui/observation_view.py" line="+29"/>
        <source>Title</source>
        <translation>Sözbaşy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confidentiality</source>
        <translation>Gizlinlik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incident date</source>
        <translation>Wakanyň senesi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Place</source>
        <translation>Ýeri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coordinates</source>
        <translation>Koordinatalar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rights affected</source>
        <translation>Bozulan hukuklar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Types of act</source>
        <translation>Hereket görnüşleri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Beýany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(anonymous)</source>
        <translation>(adsyz)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>People involved</source>
        <translation>Gatnaşan adamlar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source</source>
        <translation>Çeşme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obtained</source>
        <translation>Alyndy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not obtained</source>
        <translation>Alynmady</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>coordinators</source>
        <translation>utgaşdyryjylar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the national institution</source>
        <translation>milli edara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>anonymised public reports</source>
        <translation>adsyzlandyrylan köpçülik hasabatlary</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>may be shared with:</source>
        <translation>şulara berlip bilner:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent</source>
        <translation>Razylyk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow-up</source>
        <translation>Indiki çäreler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments</source>
        <translation>Goşundylar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Bellikler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to the coordinator</source>
        <translation>Utgaşdyryja jogap</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You</source>
        <translation>Siz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator %1</source>
        <translation>Utgaşdyryjy %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reply with a revision</source>
        <translation>Düzediş bilen jogap</translation>
    </message>
</context>
<context>
    <name>ParcelDialog</name>
    <message>
        <location filename="../desktop/ui/parcel_dialog.py" line="+89"/>
        <source>Carry by USB stick</source>
        <extracomment>refusals listed one by one (ids and reasons) before &quot;and N more&quot;</extracomment>
        <translation>USB fleşkada geçirmek</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When there is no connection, or none safe to use, the sync can travel as a parcel: one file for a USB stick. Nobody who carries it can read it: only a coordinator&apos;s key opens what it holds. Records stay queued until a receipt comes back, by parcel or over the network.</source>
        <translation>Baglanyşyk ýok bolsa ýa-da ony ulanmak howply bolsa, sinhronlaşdyrma posylka bolup gidip biler: USB fleşka üçin bir faýl. Ony eltýän adam hiç zat okap bilmez: içindäkini diňe utgaşdyryjynyň açary açýar. Ýazgylar kwitansiýa gaýdyp gelýänçä — posylka bilen ýa-da tor arkaly — nobatda galýar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make a parcel</source>
        <translation>Posylka taýýarlamak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split into parts of at most</source>
        <translation>Iň köp şu ölçegdäki böleklere bölmek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device id or organisation (a parcel of your reviews and receipts)</source>
        <translation>Enjamyň ID-si ýa-da gurama (synlaryňyzyň we kwitansiýalaryň posylkasy)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty for a parcel of your own queue. An organisation&apos;s devices come from the server, or without a connection from its last list kept here.</source>
        <translation>Öz nobatyňyzyň posylkasy üçin boş goýuň. Guramanyň enjamlary serwerden alynýar, baglanyşyk ýok bolsa — şu ýerde saklanan soňky sanawdan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Write parcel to a folder…</source>
        <translation>Posylkany bukja &amp;ýazmak…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parcels you were given</source>
        <translation>Size berlen posylkalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open parcels…</source>
        <translation>Posylkalary &amp;açmak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take in observations, reviews or receipts</source>
        <translation>Gözegçilikleri, synlary ýa-da kwitansiýalary kabul etmek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deliver to the server for someone…</source>
        <translation>Başga biri üçin serwere &amp;eltmek…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a colleague&apos;s parcel to the server; their receipts come back in a file</source>
        <translation>Kärdeşiň posylkasyny serwere ibermek; onuň kwitansiýalary faýlda gaýdyp gelýär</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drop parcel files here to open them.</source>
        <translation>Açmak üçin posylka faýllaryny şu ýere süýräň.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Folder for the parcel (a USB stick)</source>
        <translation>Posylka üçin bukja (USB fleşka)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Parcel written: %n envelope(s).</source>
        <translation>
            <numerusform>Posylka ýazyldy: %n konwert.</numerusform>
            <numerusform>Posylka ýazyldy: %n konwert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They stay queued until a receipt comes back.</source>
        <translation>Olar kwitansiýa gaýdyp gelýänçä nobatda galýar.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Receipts: %n.</source>
        <translation>
            <numerusform>Kwitansiýa: %n.</numerusform>
            <numerusform>Kwitansiýa: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>For %1: %n device(s), as the server lists them.</source>
        <translation>
            <numerusform>%1 üçin: %n enjam, serweriň sanawy boýunça.</numerusform>
            <numerusform>%1 üçin: %n enjam, serweriň sanawy boýunça.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>For %1: %n device(s), as this computer last knew them (%2); the server could not be asked.</source>
        <translation>
            <numerusform>%1 üçin: %n enjam, bu kompýuteriň soňky gezek bilşi ýaly (%2); serwerden soramak başartmady.</numerusform>
            <numerusform>%1 üçin: %n enjam, bu kompýuteriň soňky gezek bilşi ýaly (%2); serwerden soramak başartmady.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n device(s) that sent records are of an organisation this computer does not know, so they are not in this parcel: make one for each device id, or connect once:</source>
        <translation>
            <numerusform>Ýazgy iberen %n enjamyň guramasy bu kompýutere belli däl, şonuň üçin olar bu posylkada ýok: her enjamyň ID-si üçin posylka taýýarlaň ýa-da bir gezek birikiň:</numerusform>
            <numerusform>Ýazgy iberen %n enjamyň guramasy bu kompýutere belli däl, şonuň üçin olar bu posylkada ýok: her enjamyň ID-si üçin posylka taýýarlaň ýa-da bir gezek birikiň:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open parcels</source>
        <translation>Posylkalary açmak</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parcels to deliver</source>
        <translation>Eltiljek posylkalar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the receipts (for the author)</source>
        <translation>Kwitansiýalar üçin bukja (awtor üçin)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receipts for the author: %1</source>
        <translation>Awtor üçin kwitansiýalar: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: everything in it was here already; nothing changed.</source>
        <translation>%1: içindäki ähli zat öňem şu ýerde bardy; hiç zat üýtgemedi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 new, %3 already here, %4 receipts, %5 refused</source>
        <translation>%1: täze — %2, öňem bardy — %3, kwitansiýa — %4, ret edildi — %5</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>  %n for other devices (left to them).</source>
        <translation>
            <numerusform>  %n — başga enjamlar üçin (olara goýuldy).</numerusform>
            <numerusform>  %n — başga enjamlar üçin (olara goýuldy).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … we ýene %n.</numerusform>
            <numerusform>  … we ýene %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../desktop/ui/people_editor.py" line="+116"/>
        <source>Add a &amp;person</source>
        <translation>&amp;Adam goş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one added yet.</source>
        <translation>Entek hiç kim goşulmady.</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location line="-43"/>
        <source>(not set)</source>
        <translation>(görkezilmedik)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Role</source>
        <translation>Orny</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Name (optional)</source>
        <translation>Ady (hökmany däl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>Şahsyýeti</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Sex</source>
        <translation>Jynsy</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Age group</source>
        <translation>Ýaş topary</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Perpetrator type</source>
        <translation>Hukuk bozujynyň görnüşi</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Keep anonymous</source>
        <translation>Adyny gizlin sakla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name stays inside this record and is never shown in reports.</source>
        <translation>At diňe şu ýazgynyň içinde galýar we hasabatlarda hiç haçan görkezilmeýär.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Aýyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this person</source>
        <translation>Bu adamy aýyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Ady</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../desktop/ui/qt_texts.py" line="+23"/>
        <source>Back</source>
        <translation>Yza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Öňe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Ýokarky bukja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Täze bukja döret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Sanaw görnüşi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Jikme-jik görnüş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Yza git</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Öňe git</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Ýokarky bukja geç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Täze bukja döret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Sanaw görnüşine geç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Jikme-jik görnüşe geç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Gapdal panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Ýerleriň we bellikleriň sanawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Faýllar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Bukja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Bukjalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Täze bukja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Täze bukja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Poz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>Adyny ü&amp;ýtget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Gizlin faýllary görkez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>«%1» hakykatdan hem pozulsynmy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Soňky ýerler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Näbelli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>%1 faýly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Folder</source>
        <translation>Faýl bukjasy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Başga at bilen sakla</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="-38"/>
        <source>Name</source>
        <translation>Ady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ölçegi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Üýtgedilen senesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Kompýuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Meniň kompýuterim</translation>
    </message>
</context>
<context>
    <name>ReceivedAttachmentsWidget</name>
    <message>
        <location filename="../desktop/ui/received_attachments.py" line="+173"/>
        <source>This record has no attachments.</source>
        <translation>Bu ýazgynyň goşundysy ýok.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on this laptop (encrypted)</source>
        <translation>şu noutbukda (şifrlenen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the server — fetched when opened</source>
        <translation>serwerde — açylanda ýüklenýär</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Fieldbook shows images itself. To open this file in another program, save a decrypted copy.</source>
        <translation>Fieldbook suratlary özi görkezýär. Bu faýly başga programmada açmak üçin onuň açylan nusgasyny saklaň.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetching %1…</source>
        <translation>%1 ýüklenýär…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This image cannot be shown.</source>
        <translation>Bu suraty görkezip bolanok.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2 × %3 pixels · checked and decrypted in memory</source>
        <translation>%1 · %2 × %3 piksel · barlandy we ýatda açyldy</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+9"/>
        <source>Save a decrypted copy</source>
        <translation>Açylan nusgany sakla</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Fieldbook keeps “%1” encrypted. A copy you save is NOT encrypted: anyone who uses this laptop or takes it can open it, and it stays where you put it until you delete it. Save a decrypted copy only if you need to open it in another program, and delete it afterwards.

Save a decrypted copy?</source>
        <translation>Fieldbook «%1» faýlyny şifrlenen görnüşde saklaýar. Saklan nusgaňyz ŞIFRLENMEÝÄR: bu noutbuky ulanýan ýa-da ony alyp giden islendik adam ony açyp biler we siz ony pozýançaňyz, ol goýan ýeriňizde galar. Açylan nusgany diňe faýly başga programmada açmaly bolsaňyz saklaň, soňra bolsa ony pozuň.

Açylan nusgany saklamalymy?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving %1…</source>
        <translation>%1 saklanýar…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A decrypted copy was saved to %1. It is not encrypted.</source>
        <translation>Açylan nusga %1 ýerinde saklandy. Ol şifrlenmedik.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The attachment could not be opened.</source>
        <translation>Goşundyny açyp bolmady.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Attachments stay on the server until you open one. It is then fetched, checked and decrypted in memory; only its encrypted form is kept on this laptop.</source>
        <translation>Goşundylar siz olaryň birini açýançaňyz serwerde galýar. Şonda ol ýüklenýär, barlanýar we ýatda açylýar; bu noutbukda diňe onuň şifrlenen görnüşi saklanýar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preview</source>
        <translation>&amp;Görmek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a decrypted &amp;copy…</source>
        <translation>Açylan &amp;nusgany sakla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Bes et</translation>
    </message>
</context>
<context>
    <name>ReceivedFilterBar</name>
    <message>
        <location filename="../desktop/ui/received/filter_bar.py" line="+107"/>
        <source>All organisations</source>
        <translation>Ähli guramalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All authors</source>
        <translation>Ähli awtorlar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Any review state</source>
        <translation>Islendik syn ýagdaýy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review state filter</source>
        <translation>Syn ýagdaýy boýunça süzgüç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation filter</source>
        <translation>Gurama boýunça süzgüç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author filter</source>
        <translation>Awtor boýunça süzgüç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread only</source>
        <translation>Diňe okalmadyklar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New records, and records changed since you opened them</source>
        <translation>Täze ýazgylar we siz açandan bäri üýtgedilen ýazgylar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident from</source>
        <translation>Waka başy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Received from</source>
        <translation>Gelen senesi başy</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>to</source>
        <translation>soňy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received until</source>
        <translation>Gelen senesi soňy</translation>
    </message>
</context>
<context>
    <name>ReceivedListView</name>
    <message>
        <location filename="../desktop/ui/received/list_view.py" line="+164"/>
        <source>Mark %1 as received…</source>
        <extracomment>(unread, not reviewed yet): for the section&apos;s badge a bulk review was sealed: how many records the next/previous unreviewed record was looked for: (record id or &quot;&quot;, forward)</extracomment>
        <translation>%1 ýazgyny kabul edildi diýip belle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as received…</source>
        <translation>Kabul edildi diýip belle…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <location line="+43"/>
        <source>Review</source>
        <translation>Syn</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Some selected rows are still loading. Try again in a moment.</source>
        <translation>Saýlanan setirleriň käbiri entek ýüklenýär. Birazdan gaýtadan synanyşyň.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Mark %n selected record(s) as received? Each gets its own sealed review, sent with the next sync.</source>
        <translation>
            <numerusform>Saýlanan %n ýazgy kabul edildi diýip bellensinmi? Her biri öz möhürlenen synyny alar, ol indiki sinhronlaşdyrmada iberiler.</numerusform>
            <numerusform>Saýlanan %n ýazgy kabul edildi diýip bellensinmi? Her biri öz möhürlenen synyny alar, ol indiki sinhronlaşdyrmada iberiler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The reviews could not be sealed.</source>
        <translation>Synlary möhürläp bolmady.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Search received observations</source>
        <translation>Gelen ýazgylary gözle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received observations</source>
        <translation>Gelen ýazgylar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review selected</source>
        <translation>Saýlananlara syn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review every selected record at once (select with Shift or Ctrl)</source>
        <translation>Saýlanan ähli ýazgylara birden syn ber (Shift ýa-da Ctrl bilen saýlaň)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review selected with a decision…</source>
        <translation>Saýlananlara karar bilen syn…</translation>
    </message>
</context>
<context>
    <name>ReceivedRecordView</name>
    <message>
        <location filename="../desktop/ui/received/record_view.py" line="+206"/>
        <source>This record could not be read.</source>
        <extracomment>the record shown, once read (tests): record id asks the list for the next (True) or previous (False) unreviewed record after this one</extracomment>
        <translation>Bu ýazgyny okap bolmady.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+72"/>
        <location line="+14"/>
        <source>Received observation</source>
        <translation>Gelen ýazgy</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>(no title)</source>
        <translation>(sözbaşysyz)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>received %1</source>
        <translation>gelen wagty %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revision %1</source>
        <translation>%1-nji wersiýa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review state: %1</source>
        <translation>Syn ýagdaýy: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New or changed since you last opened it.</source>
        <translation>Siz soňky gezek açandan bäri täze ýa-da üýtgedilen.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Attachments (%n)</source>
        <translation>
            <numerusform>Goşundylar (%n)</numerusform>
            <numerusform>Goşundylar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No attachments</source>
        <translation>Goşundy ýok</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Looking…</source>
        <translation>Gözlenýär…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No unreviewed record after this one in the list.</source>
        <translation>Sanawda bu ýazgydan soň syn berilmedik ýazgy ýok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unreviewed record before this one in the list.</source>
        <translation>Sanawda bu ýazgydan öň syn berilmedik ýazgy ýok.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record</source>
        <translation>Ýazgy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions and changes</source>
        <translation>Wersiýalar we üýtgeşmeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous unreviewed</source>
        <translation>Öňki synsyz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the previous record nobody has reviewed yet (Ctrl+[)</source>
        <translation>Entek hiç kimiň syn bermedik öňki ýazgysyny görkez (Ctrl+[)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next unreviewed</source>
        <translation>Indiki synsyz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the next record nobody has reviewed yet (Ctrl+])</source>
        <translation>Entek hiç kimiň syn bermedik indiki ýazgysyny görkez (Ctrl+])</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>&amp;Syn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send review</source>
        <translation>Syny iber</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflict: the author&apos;s device sent two different revisions made from the same earlier one.</source>
        <translation>Çaknyşyk: awtoryň enjamy şol bir öňki wersiýadan edilen iki dürli wersiýa iberdi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See both side by side…</source>
        <translation>Ikisini ýanaşyk gör…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record, read-only</source>
        <translation>Ýazgy, diňe okamak üçin</translation>
    </message>
</context>
<context>
    <name>ReceivedTableModel</name>
    <message>
        <location filename="../desktop/ui/received/table_model.py" line="+29"/>
        <source>Incident date</source>
        <translation>Wakanyň senesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ýeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Sözbaşy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Gurama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Kategoriýalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review state</source>
        <translation>Syn ýagdaýy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Faýllar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Conflict</source>
        <extracomment>device id -&gt; readable author (&quot;Mary office, Mary Hukuk&quot;), set by the list view organisation id -&gt; name, set by the list view</extracomment>
        <translation>Çaknyşyk</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Received</source>
        <translation>Gelen wagty</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>New or changed since you last opened it</source>
        <translation>Siz soňky gezek açandan bäri täze ýa-da üýtgedilen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n goşundy</numerusform>
            <numerusform>%n goşundy</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two revisions share a parent: open the record to see which one counts.</source>
        <translation>Iki wersiýa şol bir öňki wersiýadan edilipdir: haýsysynyň hasaba alynýandygyny görmek üçin ýazgyny açyň.</translation>
    </message>
</context>
<context>
    <name>ReceivedTexts</name>
    <message>
        <location filename="../desktop/ui/received/texts.py" line="+16"/>
        <source>Not reviewed yet</source>
        <extracomment>A received record&apos;s status is its review state; &quot;sent&quot; means nobody reviewed it yet.</extracomment>
        <translation>Entek syn berilmedik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Tassyklandy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs information</source>
        <translation>Maglumat gerek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Ýapyldy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When two coordinators&apos; reviews cross, the one the server took last stands: every machine orders reviews by the server&apos;s sequence number, never by the time a laptop claims, so all of them show the same current review.</source>
        <extracomment>What a coordinator may decide (ReviewService.REVIEW_STATUSES), in the order offered.</extracomment>
        <translation>Iki utgaşdyryjynyň synlary çaknyşsa, serweriň iň soňky kabul edeni güýjünde galýar: her kompýuter synlary noutbugyň aýdýan wagty boýunça däl-de, serweriň tertip belgisi boýunça tertipleşdirýär, şonuň üçin hemmesi şol bir häzirki syny görkezýär.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asked to stay anonymous</source>
        <translation>Adynyň aýdylmazlygyny haýyş etdi</translation>
    </message>
</context>
<context>
    <name>ReferencesEdit</name>
    <message>
        <location filename="../desktop/ui/recommendation_links.py" line="+64"/>
        <source>One per line, e.g. A/HRC/39/3 para 114.12</source>
        <translation>Her setirde birini, meselem, A/HRC/39/3 para 114.12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN recommendations</source>
        <translation>BMG-niň maslahatlary</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../desktop/ui/received/review_panel.py" line="+65"/>
        <source>not sent yet</source>
        <extracomment>The longest comment a review carries (the field worker reads it in a small box).</extracomment>
        <translation>entek iberilmedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the review that stands</source>
        <translation>güýjündäki syn</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No review yet.</source>
        <extracomment>a review was sealed: (record id, status) the reviews of the record shown were read (tests)</extracomment>
        <translation>Entek syn ýok.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The comment is too long (at most %1 characters).</source>
        <translation>Teswir gaty uzyn (iň köp %1 nyşan).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say what is missing: the field worker reads this comment.</source>
        <translation>Näme ýetmeýändigini ýazyň: meýdan işgäri bu teswiri okar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sealing the review…</source>
        <translation>Syn möhürlenýär…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review sealed: it is sent with the next sync (F9 syncs now).</source>
        <translation>Syn möhürlendi: ol indiki sinhronlaşdyrmada iberiler (F9 häzir sinhronlaşdyrýar).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The review could not be sealed.</source>
        <translation>Syny möhürläp bolmady.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your review</source>
        <translation>Siziň synyňyz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Karar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Comment for the field worker (needed when asking for information):</source>
        <translation>Meýdan işgäri üçin &amp;teswir (maglumat soralanda gerek):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Teswir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send review</source>
        <translation>Syny iber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seal this review; it is sent with the next sync (Ctrl+Enter)</source>
        <translation>Bu syny möhürle; ol indiki sinhronlaşdyrmada iberiler (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Reviews so far</source>
        <translation>Şu wagta çenli synlar</translation>
    </message>
</context>
<context>
    <name>ReviewThread</name>
    <message>
        <location filename="../desktop/ui/review_thread.py" line="+135"/>
        <location line="+8"/>
        <source>The coordinators&apos; reviews</source>
        <translation>Utgaşdyryjylaryň synlary</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Your reply (optional): it is sent with your changes, when you mark the record ready to send.</source>
        <translation>Siziň jogabyňyz (hökman däl): ýazgyny ibermäge taýýar diýip belläniňizde, ol üýtgetmeleriňiz bilen bile iberiler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply to the coordinator</source>
        <translation>Utgaşdyryja jogap</translation>
    </message>
</context>
<context>
    <name>RevisionsPanel</name>
    <message>
        <location filename="../desktop/ui/received/revisions.py" line="+97"/>
        <source>Revision %1</source>
        <extracomment>the longest text a diff cell shows (the tooltip has it all) the changes of the chosen revision are in the table (tests)</extracomment>
        <translation>%1-nji wersiýa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a reply</source>
        <translation>jogap bilen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The first revision received: nothing to compare with.</source>
        <translation>Ilkinji gelen wersiýa: deňeşdirer ýaly zat ýok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recorded field changed in this revision.</source>
        <translation>Bu wersiýada hiç bir meýdan üýtgemedi.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Every revision the author sent is kept. Choose one to see what changed since the revision before it.</source>
        <translation>Awtoryň iberen her wersiýasy saklanýar. Öňküsi bilen deňeşdirilende näme üýtgändigini görmek üçin birini saýlaň.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Meýdan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Öň</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Soň</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisions</source>
        <translation>Wersiýalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Näme üýtgedi</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="+143"/>
        <source>The two new passphrases are not the same.</source>
        <translation>Iki täze açar sözi gabat gelenok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use at least 8 characters.</source>
        <translation>Azyndan 8 nyşan ulanyň.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Açar sözi üýtgedildi. Mundan beýläk täzesini ulanyň.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Settings</source>
        <translation>Sazlamalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Umumy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock &amp;automatically after:</source>
        <translation>&amp;Awtomatik gulplamak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes without use before Fieldbook locks</source>
        <translation>Fieldbook gulplanmazdan öň ulanylmaýan minutlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>Açar sözüni üýtgetmek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Häzirki &amp;açar sözi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Täze açar sözi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new passphrase:</source>
        <translation>Täzesini &amp;gaýtalaň:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;passphrase</source>
        <translation>Açar sözüni &amp;üýtget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1.</source>
        <translation>%1 serwerine birikdirildi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected. Records stay on this computer until you connect.</source>
        <translation>Birikdirilmedik. Siz birikýänçäňiz ýazgylar şu kompýuterde galýar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to server…</source>
        <translation>Serwere &amp;birikmek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your data is</source>
        <translation>Maglumatlaryňyz nirede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile folder:</source>
        <translation>Profil bukjasy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder:</source>
        <translation>Žurnal bukjasy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;bout Fieldbook</source>
        <translation>Fieldbook &amp;barada</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <location filename="../desktop/ui/sizes.py" line="+12"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 bytes</source>
        <translation>%1 baýt</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <location filename="../desktop/ui/sync_log_dialog.py" line="+34"/>
        <source>Sync log</source>
        <translation>Sinhronlama žurnaly</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Wagt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Dereje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Näme boldy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>info</source>
        <translation>maglumat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>duýduryş</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>error</source>
        <translation>ýalňyşlyk</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../desktop/ui/sync_status.py" line="+58"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n sany iberilmegine garaşýar</numerusform>
            <numerusform>%n sany iberilmegine garaşýar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing waiting to send</source>
        <translation>iberiljek zat ýok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>attachments waiting to send: %1</source>
        <translation>iberilmegine garaşýan goşundylar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected to a server</source>
        <translation>Serwere birikdirilmedik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending %1 of %2</source>
        <translation>Iberilýär: %2-den %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending attachments: %1 of %2</source>
        <translation>Goşundylar iberilýär: %2-den %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receiving…</source>
        <translation>Alynýar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Birikdirilýär…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Baglanyşyk ýok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Onlaýn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to date · last sync %1</source>
        <translation>Hemmesi täzelendi · soňky sinhronlama %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to date</source>
        <translation>Hemmesi täzelendi</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>Häzir sinhronlamak</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Send and receive now (F9)</source>
        <translation>Häzir ibermek we almak (F9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Žurnal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What sync did, without content</source>
        <translation>Sinhronlamanyň näme edendigi — mazmunsyz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync log</source>
        <translation>Sinhronlama žurnaly</translation>
    </message>
</context>
<context>
    <name>TaxonomyPicker</name>
    <message>
        <location filename="../desktop/ui/taxonomy_picker.py" line="+231"/>
        <source>Nothing chosen yet.</source>
        <translation>Entek hiç zat saýlanmady.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Chosen (%n):</source>
        <translation>
            <numerusform>Saýlandy (%n):</numerusform>
            <numerusform>Saýlandy (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search in Turkmen, Russian or English</source>
        <translation>Türkmen, rus ýa-da iňlis dilinde gözle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search rights</source>
        <translation>Hukuklary gözle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search types of act</source>
        <translation>Hereket görnüşlerini gözle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Arassala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rights affected</source>
        <translation>Bozulan hukuklar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Types of act</source>
        <translation>Hereket görnüşleri</translation>
    </message>
</context>
<context>
    <name>TaxonomyPickerDialog</name>
    <message>
        <location line="+27"/>
        <source>Choose rights</source>
        <translation>Hukuklary saýla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose types of act</source>
        <translation>Hereket görnüşlerini saýla</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../desktop/ui/unlock.py" line="+174"/>
        <source>The profile could not be opened (%1).</source>
        <extracomment>Failures allowed before delays start, first delay (seconds), and the cap.</extracomment>
        <translation>Profili açyp bolmady (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That passphrase did not open the profile. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Bu açar sözi profili açmady. Klawiatura düzülişini we Caps Lock-y barlap, täzeden synanyşyň.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>%n sekuntdan soň täzeden synanyşyp bilersiňiz.</numerusform>
            <numerusform>%n sekuntdan soň täzeden synanyşyp bilersiňiz.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter your passphrase to open your records.</source>
        <translation>Ýazgylaryňyzy açmak üçin açar sözüňizi giriziň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Açar sözi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>UprThemeList</name>
    <message>
        <location filename="../desktop/ui/recommendation_links.py" line="+80"/>
        <source>Filter the themes</source>
        <translation>Temalary süz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter the UPR themes</source>
        <translation>Ählumumy döwürleýin synyň temalaryny süz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPR themes</source>
        <translation>Ählumumy döwürleýin synyň temalary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme names of the UN Human Rights Index (UPR cycle in brackets).</source>
        <translation>BMG-niň Adam hukuklary indeksiniň temalarynyň atlary (ýaýyň içinde Ählumumy döwürleýin synyň tapgyry).</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../desktop/core/errors.py" line="+15"/>
        <source>Something went wrong.</source>
        <translation>Näsazlyk ýüze çykdy.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no profile in this folder yet.</source>
        <translation>Bu bukjada entek profil ýok.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A profile already exists in this folder.</source>
        <translation>Bu bukjada eýýäm profil bar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase is not correct.</source>
        <translation>Açar sözi nädogry.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is not a Fieldbook profile, or it is damaged.</source>
        <translation>Bu faýl Fieldbook profili däl ýa-da zaýalanan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase must be at least 8 characters.</source>
        <translation>Açar sözi azyndan 8 nyşandan ybarat bolmaly.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile is locked.</source>
        <translation>Profil gulplanan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record does not exist.</source>
        <translation>Beýle ýazgy ýok.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../desktop/core/observations/common.py" line="+21"/>
        <source>This status change is not allowed.</source>
        <translation>Ýagdaýy beýle üýtgetmek bolmaýar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment could not be read or written.</source>
        <translation>Goşundyny okap ýa-da ýazyp bolmady.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read as CSV or JSON.</source>
        <translation>Faýly CSV ýa-da JSON hökmünde okap bolmaýar.</translation>
    </message>
    <message>
        <location filename="../desktop/core/field_errors.py" line="+39"/>
        <source>This value has the wrong type.</source>
        <translation>Bu bahanyň görnüşi nädogry.</translation>
    </message>
    <message>
        <location filename="../desktop/core/observations/common.py" line="-3"/>
        <source>This observation was sent and can no longer be changed by its author.</source>
        <translation>Bu ýazgy iberildi, awtory ony indi üýtgedip bilmeýär.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This observation is already on its way and cannot be withdrawn.</source>
        <translation>Bu ýazgy eýýäm iberilýär, ony yzyna alyp bolmaýar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a draft that was never sent can be deleted.</source>
        <translation>Diňe hiç haçan iberilmedik garalamany pozup bolýar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This observation was received from another device and cannot be changed here.</source>
        <translation>Bu ýazgy başga enjamdan geldi, ony bu ýerde üýtgedip bolmaýar.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/coordination.py" line="+42"/>
        <source>The key file&apos;s passphrase must be at least 16 characters with some variety (several words, say): the file opens every observation of the network.</source>
        <translation>Açar faýlynyň paroly azyndan 16 nyşandan ybarat we dürli bolmaly (meselem, birnäçe söz): bu faýl toruň ähli synlamalaryny açýar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is not a Fieldbook coordination key file.</source>
        <translation>Bu Fieldbook utgaşdyryş açar faýly däl.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/errors.py" line="+17"/>
        <source>The server answered in a way Fieldbook does not understand.</source>
        <extracomment>a later attempt may succeed without anybody doing anything</extracomment>
        <translation>Serwer Fieldbook-yň düşünmeýän görnüşinde jogap berdi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server cannot be reached. Fieldbook will try again when the connection returns.</source>
        <extracomment>filled in by the transport when the error came from an HTTP answer</extracomment>
        <translation>Serwere birigip bolanok. Birikme dikelende Fieldbook täzeden synanyşar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The proxy refused the connection. Check the proxy settings.</source>
        <translation>Proksi birikmäni ret etdi. Proksi sazlamalaryny barlaň.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something other than the Fieldbook server answered (a login page, a block page or a filter). Nothing was sent.</source>
        <translation>Fieldbook serweri däl-de, başga bir zat jogap berdi (giriş sahypasy, gadagan sahypasy ýa-da süzgüç). Hiç zat iberilmedi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server did not prove it is the one this device enrolled with. Nothing was sent.</source>
        <translation>Serwer bu enjamyň birikdirilen serweridigini subut etmedi. Hiç zat iberilmedi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This computer&apos;s clock is too far from the server&apos;s. Correct the date and time.</source>
        <translation>Bu kompýuteriň sagady serweriňkiden gaty tapawutlanýar. Senäni we wagty düzediň.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invitation code is not known to the server.</source>
        <translation>Serwer bu çakylyk koduny tanamaýar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server address is not encrypted (http://). Anyone on the way could read and change what is sent. Ask your coordinator for an https:// address.</source>
        <translation>Bu serweriň salgysy şifrlenmedik (http://). Ýolda islendik biri iberilýän zady okap we üýtgedip biler. Utgaşdyryjyňyzdan https:// salgyny soraň.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The invitation has expired. Ask your coordinator for a new one.</source>
        <translation>Çakylygyň möhleti geçdi. Utgaşdyryjyňyzdan täzesini soraň.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invitation has already been used. Ask your coordinator for a new one.</source>
        <translation>Çakylyk eýýäm ulanyldy. Utgaşdyryjyňyzdan täzesini soraň.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server offered a coordination key that your invitation does not vouch for. Do not use this server; tell your coordinator.</source>
        <translation>Serwer çakylygyňyzyň tassyklamaýan utgaşdyryş açaryny hödürledi. Bu serweri ulanmaň; utgaşdyryjyňyza habar beriň.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reviews are made with the network&apos;s coordination key. Import the coordination key file first.</source>
        <translation>Synlar toruň utgaşdyryş açary bilen ýazylýar. Ilki utgaşdyryş açar faýlyny import ediň.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a coordinator&apos;s device connected to the server can make invitation codes.</source>
        <translation>Çakylyk kodlaryny diňe serwere birikdirilen koordinatoryň enjamy döredip biler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is not connected to a server yet.</source>
        <translation>Bu enjam entek serwere birikdirilmedi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server no longer accepts this device. Ask your coordinator.</source>
        <translation>Serwer indi bu enjamy kabul etmeýär. Utgaşdyryjyňyz bilen habarlaşyň.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server has no room left. Your records are kept here and will be sent later.</source>
        <translation>Serwerde ýer galmady. Ýazgylaryňyz şu ýerde saklanýar we soňra iberiler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server is busy. Fieldbook will try again.</source>
        <translation>Serwer meşgul. Fieldbook täzeden synanyşar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server had a problem. Fieldbook will try again later.</source>
        <translation>Serwerde näsazlyk boldy. Fieldbook soňra täzeden synanyşar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server was restored from a backup; Fieldbook will check everything again.</source>
        <translation>Serwer ätiýaçlyk nusgadan dikeldildi; Fieldbook hemme zady täzeden barlar.</translation>
    </message>
    <message>
        <location filename="../desktop/core/import_export.py" line="+28"/>
        <source>An observation with this id already exists.</source>
        <translation>Şu belgili gözegçilik eýýäm bar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This line is not UTF-8 text. Save the file as CSV UTF-8 (columns separated by , or ;, dates as YYYY-MM-DD) or as JSON.</source>
        <translation>Bu setir UTF-8 tekst däl. Faýly «CSV UTF-8» görnüşinde (sütünler , ýa-da ; bilen bölünen, seneler ÝÝÝÝ-AA-GG görnüşinde) ýa-da JSON görnüşinde saklaň.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first line must name the columns (title, date_start, velayat, …), separated by , or ;. Dates are written YYYY-MM-DD; the file is UTF-8 text.</source>
        <translation>Birinji setirde sütünleriň atlary (title, date_start, velayat, …) , ýa-da ; bilen bölünip ýazylmalydyr. Seneler ÝÝÝÝ-AA-GG görnüşinde ýazylýar; faýl UTF-8 tekstdir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This line cannot be read as CSV (check its quotes). Expected: UTF-8 text, columns separated by , or ;, dates as YYYY-MM-DD.</source>
        <translation>Bu setiri CSV hökmünde okap bolmaýar (dyrnaklaryny barlaň). Garaşylýan: UTF-8 tekst, sütünler , ýa-da ; bilen bölünen, seneler ÝÝÝÝ-AA-GG görnüşinde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This line cannot be read as JSON. Expected: UTF-8 text holding a list of observations, dates as YYYY-MM-DD.</source>
        <translation>Bu setiri JSON hökmünde okap bolmaýar. Garaşylýan: synlamalaryň sanawyny saklaýan UTF-8 tekst, seneler ÝÝÝÝ-AA-GG görnüşinde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A JSON import holds a list of observations (or {&quot;observations&quot;: [...]}).</source>
        <translation>Import üçin JSON faýly synlamalaryň sanawyny saklaýar (ýa-da {&quot;observations&quot;: [...]}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fieldbook imports .csv and .json files: UTF-8 text, CSV columns separated by , or ;, dates as YYYY-MM-DD.</source>
        <translation>Fieldbook .csv we .json faýllaryny import edýär: UTF-8 tekst, CSV sütünleri , ýa-da ; bilen bölünen, seneler ÝÝÝÝ-AA-GG görnüşinde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported observations are draft or queued.</source>
        <translation>Import edilen gözegçilikler diňe garalama ýa-da nobatda bolup biler.</translation>
    </message>
    <message>
        <location filename="../desktop/core/validation.py" line="+40"/>
        <source>This field is required.</source>
        <extracomment>Earlier incident dates are typing slips (1900, 0025 for 2025), not history to record here.</extracomment>
        <translation>Bu meýdança hökmany.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text is too long.</source>
        <translation>Bu tekst gaty uzyn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Senäni ÝÝÝÝ-AA-GG görnüşinde giriziň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is in the future.</source>
        <translation>Bu sene entek gelmedi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is before 1950: check the year.</source>
        <translation>Sene 1950-nji ýyldan öň: ýyly barlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date is before the start date.</source>
        <translation>Gutaran senesi başlan senesinden öň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the offered values.</source>
        <translation>Hödürlenen bahalaryň birini saýlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is not in the reference list.</source>
        <translation>Bu kod salgylanma sanawynda ýok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is listed twice.</source>
        <translation>Bu kod iki gezek görkezildi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This etrap is not in the chosen velayat. The etraps of that velayat:</source>
        <translation>Bu etrap saýlanan welaýata degişli däl. Şol welaýatyň etraplary:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This velayat code is not known. Valid codes:</source>
        <translation>Bu welaýat kody näbelli. Dogry kodlar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This etrap code is not known. Valid codes:</source>
        <translation>Bu etrap kody näbelli. Dogry kodlar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the velayat before the etrap.</source>
        <translation>Ilki welaýaty, soňra etraby saýlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Giňligi hem uzynlygy görkeziň ýa-da ikisini hem görkezmäň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These coordinates are outside Turkmenistan.</source>
        <translation>Bu koordinatalar Türkmenistanyň çäginden daşarda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing is only possible when consent was obtained.</source>
        <translation>Razylyk alnan ýagdaýynda bermek bolýar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A perpetrator type applies only to an alleged perpetrator.</source>
        <translation>Hukuk bozujynyň görnüşi diňe güman edilýän hukuk bozujy üçin görkezilýär.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags are short words, 1 to 64 characters.</source>
        <translation>Bellikler 1-den 64 nyşana çenli gysga sözler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record id must be 32 lowercase hex digits.</source>
        <translation>Ýazgynyň belgisi 32 sany kiçi onaltylyk sandan ybarat bolmaly.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An end date needs a start date.</source>
        <translation>Gutaran senesi üçin başlan senesi gerek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a recommendation as its document symbol and paragraph, e.g. A/HRC/39/3 para 114.12.</source>
        <translation>Maslahaty resminamanyň belgisi we bendi bilen ýazyň, meselem, A/HRC/39/3 para 114.12.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write an SDG target as goal.target, e.g. 16.10.</source>
        <translation>Durnukly ösüş maksadynyň wezipesini maksat.wezipe görnüşinde ýazyň, meselem, 16.10.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/engine.py" line="+87"/>
        <source>Sync finished.</source>
        <translation>Sinhronlama tamamlandy.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The server&apos;s list of devices could not be read.</source>
        <translation>Serweriň enjamlar sanawyny okap bolmady.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The server was restored from a backup.</source>
        <translation>Serwer ätiýaçlyk nusgadan dikeldildi.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/push.py" line="+212"/>
        <source>The server asked for envelopes again.</source>
        <extracomment>envelopes in the first push of a sync: the first testimony arrives in seconds even with thousands queued behind it on a 256 kbit/s line verified receipts stored together (or after this long) an outbox row as a push reads it: seq, envelope id, kind, record id, rev, envelope bytes a push answer&apos;s verified receipts by the index of the envelope in the request bytes of envelopes per push request, adapted to the measured throughput the batch after the one in flight, read while the server works on that one</extracomment>
        <translation>Serwer konwertleri täzeden sorady.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>The server&apos;s receipt did not verify.</source>
        <extracomment>(server sequence, envelope id) of reviews: they are ordered by it</extracomment>
        <translation>Serweriň kwitansiýasy barlagdan geçmedi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused an envelope.</source>
        <translation>Serwer bir konwerti ret etdi.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/pull.py" line="+129"/>
        <source>A received envelope was malformed.</source>
        <extracomment>an envelope as parsed (None: it did not parse) and the page item it came in</extracomment>
        <translation>Alnan konwert nädogry düzülen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An envelope&apos;s author is unknown.</source>
        <translation>Konwertiň awtory belli däl.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A received envelope could not be opened.</source>
        <translation>Alnan konwerti açyp bolmady.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A revision of another device&apos;s record was ignored: only its author revises a record.</source>
        <translation>Başga enjamyň ýazgysynyň wersiýasy kabul edilmedi: ýazgyny diňe onuň awtory üýtgedip biler.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>An envelope claiming to come from this computer was refused.</source>
        <translation>Bu kompýuterden iberilen diýilýän konwert kabul edilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop/core/reviews.py" line="+220"/>
        <source>A review not made with the network&apos;s coordination key was refused.</source>
        <translation>Toruň utgaşdyryş açary bilen ýazylmadyk syn kabul edilmedi.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A review was kept; the observation changed since.</source>
        <translation>Syn saklandy; gözegçilik şondan bäri üýtgedi.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/enrolment.py" line="+48"/>
        <source>The invitation code is mistyped or incomplete. Copy it again in full, or ask your coordinator to send it again.</source>
        <translation>Çakylyk kody ýalňyş ýa-da doly däl girizildi. Ony doly göçüriň ýa-da utgaşdyryjyňyzdan täzeden ibermegini haýyş ediň.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This invitation needs a newer Fieldbook. Update Fieldbook, then try again.</source>
        <translation>Bu çakylyk üçin Fieldbook-yň täze wersiýasy gerek. Fieldbook-y täzeläň we gaýtadan synanyşyň.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>This device was connected to the server.</source>
        <translation>Bu enjam serwere birikdirildi.</translation>
    </message>
    <message>
        <location filename="../desktop/core/database.py" line="+42"/>
        <source>This profile was saved by a newer version of Fieldbook. Install that version or a later one to open it; the profile has not been changed.</source>
        <translation>Bu profil Fieldbook-yň has täze wersiýasy bilen ýazyldy. Ony açmak üçin şol wersiýany ýa-da has täzesini guruň; profil üýtgedilmedi.</translation>
    </message>
    <message>
        <location filename="../desktop/core/reports/anonymise.py" line="+16"/>
        <source>[name withheld]</source>
        <translation>[ady gizlenildi]</translation>
    </message>
    <message>
        <location filename="../desktop/core/reports/disclosure.py" line="+44"/>
        <source>The smallest count to publish must be between 3 and 10, and at least as large for etraps as for velayats.</source>
        <translation>Çap edilýän iň kiçi san 3 bilen 10 aralygynda bolmaly, etraplar üçin welaýatlar üçinkiden kiçi bolmaly däl.</translation>
    </message>
    <message>
        <location filename="../desktop/core/reports/texts.py" line="+11"/>
        <source>Documented human rights cases</source>
        <translation>Resminamalaşdyrylan adam hukuklary bozulmasynyň wakalary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission to the Universal Periodic Review of Turkmenistan</source>
        <translation>Türkmenistanyň Ählumumy döwürleýin synyna hödürnama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period: {start} to {end}</source>
        <translation>Döwür: {start} — {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by {org} on {date}. Draft for editing.</source>
        <translation>Taýýarlan: {org}, {date}. Redaktirlemek üçin garalama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period and selection</source>
        <translation>Döwür we saýlama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report covers incidents from {start} to {end}. The selection holds {total} documented cases; {counted} of them count in this document.</source>
        <translation>Bu hasabat {start} — {end} aralygyndaky wakalary öz içine alýar. Saýlamada {total} resminamalaşdyrylan waka bar; olardan {counted} sanysy bu resminamada hasaba alyndy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selection: {filters}.</source>
        <translation>Saýlama: {filters}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{left} cases were left out because the people concerned did not consent to their use by the institution.</source>
        <translation>Wakalaryň {left} sanysy hasaba alynmady, sebäbi degişli adamlar olaryň edara tarapyndan ulanylmagyna razylyk bermediler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{left} cases were left out because the people concerned did not consent to their use in an anonymised public report.</source>
        <translation>Wakalaryň {left} sanysy hasaba alynmady, sebäbi degişli adamlar olaryň anonimleşdirilen köpçülikleýin hasabatda ulanylmagyna razylyk bermediler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Method and caveats</source>
        <translation>Usul we bellikler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cases were documented by human rights defenders with Fieldbook: each record holds the incident&apos;s date and place, the rights affected, the types of act, the people involved, the source and the consent given.</source>
        <translation>Wakalar hukuk goraýjylar tarapyndan Fieldbook bilen resminamalaşdyryldy: her ýazgyda wakanyň senesi we ýeri, bozulan hukuklar, hereketleriň görnüşleri, gatnaşan adamlar, çeşme we berlen razylyk bar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documented cases are not a sample of the population. They show what was documented, where and when someone could document it; they do not show how common any violation is, and no figure here is a prevalence or a trend in the country.</source>
        <translation>Resminamalaşdyrylan wakalar ilatyň saýlamasy däldir. Olar kimdir biriniň haçan we nirede resminamalaşdyryp bilendigini görkezýär; haýsydyr bir bozulmanyň näçe ýaýrandygyny görkezmeýär, we bu ýerdäki hiç bir san ýurtdaky ýaýrawy ýa-da ugry aňlatmaýar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To protect the people concerned, counts from 1 to {small} are not shown ({etrap} for etraps), nor are the other counts from which they could be worked out; each is marked {mark}. Zero is shown.</source>
        <translation>Degişli adamlary goramak üçin 1-den {small}-e çenli sanlar görkezilmeýär (etraplar üçin {etrap}-e çenli), olary hasaplap bolýan beýleki sanlar hem görkezilmeýär; her biri {mark} bilen bellendi. Nol görkezilýär.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A case may concern several rights, types of act or people, so it may count in more than one row of a table.</source>
        <translation>Bir waka birnäçe hukuga, hereket görnüşine ýa-da adama degişli bolup biler, şonuň üçin ol tablisanyň birnäçe setirinde hasaba alnyp biler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary tables</source>
        <translation>Jemleýji tablisalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Jemi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Wakalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>Öňki döwür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Üýtgeşme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases by {dimension}</source>
        <translation>Wakalar — {dimension}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases by {rows} and {columns}</source>
        <translation>Wakalar — {rows} we {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases by right</source>
        <translation>Hukuklar boýunça wakalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} documented cases in this period concern this right.</source>
        <translation>Bu döwürde bu hukuga degişli resminamalaşdyrylan wakalar: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of documented cases concerning this right is not shown, to protect the people concerned.</source>
        <translation>Degişli adamlary goramak üçin bu hukuga degişli resminamalaşdyrylan wakalaryň sany görkezilmeýär.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Illustrative cases (anonymised; not every documented case is told):</source>
        <translation>Mysal hökmünde wakalar (anonimleşdirilen; resminamalaşdyrylan wakalaryň hemmesi beýan edilmeýär):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case {number}. {when}, {where}. {acts}{text}</source>
        <translation>Waka {number}. {when}, {where}. {acts}{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date unknown</source>
        <translation>senesi näbelli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place not recorded</source>
        <translation>ýeri görkezilmedik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This submission by {org} draws on {counted} human rights cases documented from {start} to {end}, whose people consented to their use.</source>
        <translation>{org} tarapyndan taýýarlanan bu hödürnama {start} — {end} aralygynda resminamalaşdyrylan we gatnaşyjylary ulanylmagyna razylyk beren {counted} adam hukuklary wakasyna esaslanýar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommendations: the office adds here what became of the recommendations Turkmenistan received and what it asks the State to do.</source>
        <translation>Maslahatlar: edara bu ýerde Türkmenistanyň alan maslahatlarynyň ýerine ýetirilişini we döwletden näme talap edýändigini goşýar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommendations</source>
        <translation>Maslahatlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key figures</source>
        <translation>Esasy sanlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No case in this selection counts in this document.</source>
        <translation>Bu saýlamadaky hiç bir waka bu resminamada hasaba alynmady.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: documented cases by velayat (hatched: not shown, to protect people).</source>
        <translation>Karta: welaýatlar boýunça resminamalaşdyrylan wakalar (ştrihli: adamlary goramak üçin görkezilmedi).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart: the rights most often documented.</source>
        <translation>Diagramma: iň köp resminamalaşdyrylan hukuklar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex: UN recommendations and documented cases</source>
        <translation>Goşundy: BMG-niň maslahatlary we resminamalaşdyrylan wakalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table gives, for each UN recommendation, the number of documented cases in this document that the field workers linked to it. A case may bear on several recommendations. The same protection applies as to the other tables.</source>
        <translation>Tablisada BMG-niň her maslahaty üçin bu resminamadaky meýdan işgärleriniň oňa baglan resminamalaşdyrylan wakalarynyň sany görkezilýär. Bir waka birnäçe maslahata degişli bolup biler. Beýleki tablisalardaky ýaly gorag ulanylýar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases by UN recommendation</source>
        <translation>BMG-niň maslahatlary boýunça wakalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No UN recommendations were loaded and no case is linked to one. Load the recommendations from the Universal Human Rights Index to list them here.</source>
        <translation>BMG-niň maslahatlary ýüklenmedi we hiç bir waka olar bilen baglanyşykly däl. Olary şu ýerde sanamak üçin maslahatlary Adam hukuklarynyň ählumumy indeksinden ýükläň.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No case in this document is linked to a UN recommendation.</source>
        <translation>Bu resminamadaky hiç bir waka BMG-niň maslahaty bilen baglanyşykly däl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendation</source>
        <translation>Maslahat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Döwletiň jogaby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supported</source>
        <translation>goldanyldy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noted</source>
        <translation>nazara alyndy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was cancelled.</source>
        <translation>Hasabat ýatyryldy.</translation>
    </message>
    <message>
        <location filename="../desktop/core/reports/figures.py" line="+67"/>
        <source>Velayat</source>
        <extracomment>Dimension name → the category kind it reads (None: a list column or the date). Act types at one level of the tree: ``act:0`` (the broadest) to ``act:4``. Dimensions where a record may count in several categories.</extracomment>
        <translation>Welaýat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etrap</source>
        <translation>Etrap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Ýyl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Çärýek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Aý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review state</source>
        <translation>Barlag ýagdaýy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Gizlinlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right affected</source>
        <translation>Bozulan hukuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of act</source>
        <translation>Hereketiň görnüşi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex of victims</source>
        <translation>Ejir çekenleriň jynsy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age group of victims</source>
        <translation>Ejir çekenleriň ýaş topary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator type</source>
        <translation>Hukuk bozujynyň görnüşi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source type</source>
        <translation>Çeşmäniň görnüşi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Gurama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up action</source>
        <translation>Indiki hereket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up outcome</source>
        <translation>Indiki hereketleriň netijesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN recommendation</source>
        <translation>BMG-niň maslahaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPR theme</source>
        <translation>Ählumumy döwürleýin synyň temasy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDG target</source>
        <translation>Durnukly ösüş maksadynyň wezipesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>görkezilmedik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all actions done</source>
        <translation>ähli hereketler ýerine ýetirildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actions still open</source>
        <translation>ýerine ýetirilmedik hereketler bar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown dimension: {name}.</source>
        <translation>Näbelli ölçeg: {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/parcel_parts.py" line="+34"/>
        <source>This file is not a whole parcel of this network: nothing was taken from it.</source>
        <translation>Bu faýl şu toruň bitewi posylkasy däl: ondan hiç zat alynmady.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This parcel was changed or damaged after it was made (its signature no longer matches): nothing was taken from it.</source>
        <translation>Bu posylka taýýarlanandan soň üýtgedilipdir ýa-da zaýalanypdyr (onuň goly indi gabat gelmeýär): ondan hiç zat alynmady.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This parcel is incomplete: the copy was cut short. Nothing was taken from it; copy the file again.</source>
        <translation>Posylka doly däl: göçürme ahyryna çenli ýetmändir. Ondan hiç zat alynmady; faýly täzeden göçüriň.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This parcel belongs to another Fieldbook network (another server): nothing was taken from it.</source>
        <translation>Bu posylka başga Fieldbook ulgamyna (başga serwere) degişli: ondan hiç zat alynmady.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file is not a Fieldbook parcel.</source>
        <translation>Bu faýl Fieldbook posylkasy däl.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connect this profile to a server once before making or opening parcels.</source>
        <translation>Posylka taýýarlamazdan ýa-da açmazdan öň bu profili serwere bir gezek birikdiriň.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/device_proof.py" line="+41"/>
        <source>The server&apos;s proof of enrolment did not verify.</source>
        <extracomment>the ``sync_state`` key it is kept under</extracomment>
        <translation>Serweriň hasaba alyş subutnamasy barlagdan geçmedi.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/parcel.py" line="+289"/>
        <source>An attachment in a parcel was damaged.</source>
        <translation>Posylkadaky goşundy zaýalanypdyr.</translation>
    </message>
    <message>
        <location filename="../desktop/core/network.py" line="+39"/>
        <source>Only a coordinator&apos;s device connected to the server can manage the network.</source>
        <translation>Tory diňe serwere birikdirilen utgaşdyryjynyň enjamy dolandyryp biler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An organisation with this name exists already.</source>
        <translation>Şu atly gurama eýýäm bar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An organisation needs a name (1 to 200 characters) and one of the velayats: Ahal, Balkan, Daşoguz, Lebap, Mary, Aşgabat.</source>
        <translation>Gurama at (1-den 200-e çenli belgi) we welaýatlaryň biri gerek: Ahal, Balkan, Daşoguz, Lebap, Mary, Aşgabat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server knows no device with this id.</source>
        <translation>Serwer bu belgili enjamy tanamaýar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server knows no such organisation.</source>
        <translation>Serwer beýle guramany tanamaýar.</translation>
    </message>
    <message>
        <location filename="../desktop/core/reports/uhri.py" line="+31"/>
        <source>This file is not a Universal Human Rights Index export: expected a JSON or XLSX file downloaded from uhri.ohchr.org.</source>
        <translation>Bu faýl Adam hukuklarynyň ählumumy indeksiniň eksporty däl: uhri.ohchr.org saýtyndan göçürilip alnan JSON ýa-da XLSX faýly garaşylýardy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The JSON file does not hold a list of recommendations: expected a list of objects with the fields Symbol and Text.</source>
        <translation>JSON faýlynda maslahatlaryň sanawy ýok: Symbol we Text meýdanly obýektleriň sanawy garaşylýardy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sheet has no Symbol and Text columns: expected the header row of a Universal Human Rights Index export.</source>
        <translation>Sahypada Symbol we Text sütünleri ýok: Adam hukuklarynyň ählumumy indeksiniň eksportynyň sözbaşy setiri garaşylýardy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A recommendation has no valid document symbol (such as A/HRC/39/3), or its text does not begin with its paragraph number (such as 114.12). Nothing was imported.</source>
        <translation>Maslahatyň dogry resminama belgisi ýok (meselem, A/HRC/39/3) ýa-da onuň teksti bendiniň belgisi bilen başlanmaýar (meselem, 114.12). Hiç zat import edilmedi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds no recommendations.</source>
        <translation>Faýlda maslahat ýok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large for a recommendations export.</source>
        <translation>Faýl maslahatlaryň eksporty üçin örän uly.</translation>
    </message>
    <message>
        <location filename="../desktop/core/received_files.py" line="+61"/>
        <source>This file is too large to show here. Save a decrypted copy to open it.</source>
        <translation>Bu faýl şu ýerde görkezmek üçin gaty uly. Ony açmak üçin açylan nusgasyny saklaň.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The attachment does not open with the key its record holds, or is not the file the author recorded. It was not shown.</source>
        <translation>Goşundy ýazgysyndaky açar bilen açylmaýar ýa-da awtoryň ýazan faýly däl. Ol görkezilmedi.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>An attachment arrived damaged; it was not shown and is fetched again.</source>
        <translation>Goşundy zaýalanan ýagdaýda geldi; ol görkezilmedi we täzeden ýüklenýär.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/blob_download.py" line="+56"/>
        <source>The download was stopped. It continues from where it stopped next time.</source>
        <translation>Ýükleme saklandy. Indiki gezek ol saklanan ýerinden dowam eder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The attachment arrived damaged several times and was not shown. The server&apos;s copy may be damaged; try again later.</source>
        <translation>Goşundy birnäçe gezek zaýalanan ýagdaýda geldi we görkezilmedi. Serwerdäki nusgasy zaýalanan bolmagy mümkin; soňra täzeden synanyşyň.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server has no such attachment for this device.</source>
        <translation>Serwerde bu enjam üçin şeýle goşundy ýok.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The author&apos;s device has not finished sending this attachment yet. Try again after their next sync.</source>
        <translation>Awtoryň enjamy bu goşundyny ibermegi entek tamamlamady. Onuň indiki sinhronlamasyndan soň täzeden synanyşyň.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/rotation.py" line="+46"/>
        <source>The server offered a new coordination key that your network&apos;s coordinator did not sign. Nothing was sent. Do not use this server; tell your coordinator.</source>
        <translation>Serwer toruňyzyň utgaşdyryjysynyň gol çekmedik täze utgaşdyryş açaryny hödürledi. Hiç zat iberilmedi. Bu serweri ulanmaň; utgaşdyryjyňyza habar beriň.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the coordinator whose fingerprint the invitation codes carry (the laptop that made the network&apos;s key) can replace the coordination key.</source>
        <translation>Utgaşdyryş açaryny diňe barmak yzy çakylyk kodlarynda bolan utgaşdyryjy (toruň açaryny döreden noutbuk) çalşyp bilýär.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The network&apos;s coordination key was replaced; new records are sealed for the new key.</source>
        <extracomment>readable fingerprint of the new coordination key (to compare between coordinators)</extracomment>
        <translation>Toruň utgaşdyryş açary çalşyldy; täze ýazgylar täze açar üçin şifrlenýär.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import the new coordination key file to read new records and to review.</source>
        <translation>Täze ýazgylary okamak we syn etmek üçin täze utgaşdyryş açar faýlyny import ediň.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The server lacks a replacement of the coordination key and did not take it back.</source>
        <translation>Serwerde utgaşdyryş açarynyň çalşygy ýok we ol ony yzyna kabul etmedi.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This device replaced the network&apos;s coordination key. Give the other coordinators the new key file.</source>
        <translation>Bu enjam toruň utgaşdyryş açaryny çalşdy. Beýleki utgaşdyryjylara täze açar faýlyny beriň.</translation>
    </message>
    <message>
        <location filename="../desktop/core/received/rule.py" line="+25"/>
        <source>Two revisions of this record were made from the same earlier one. The one with the higher revision number counts; when both have the same number, the one whose envelope identifier comes first in alphabetical order counts. Every coordinator&apos;s computer applies the same rule, so all show the same revision. The author settles the conflict by saving a new revision.</source>
        <translation>Bu ýazgynyň iki wersiýasy şol bir öňki wersiýadan edilipdir. Belgisi uly bolan wersiýa hasaba alynýar; belgileri deň bolsa, bukjasynyň identifikatory elipbiý tertibinde öň gelýäni hasaba alynýar. Her utgaşdyryjynyň kompýuteri şol bir düzgüni ulanýar, şonuň üçin hemmesi şol bir wersiýany görkezýär. Awtor täze wersiýany ýazdyryp çaknyşygy çözýär.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/parcel_return.py" line="+33"/>
        <source>This organisation is not known on this computer, and the server cannot be asked now. Connect once (or open the network window while connected) so the organisations and their devices are known here, or make the parcel for a device id.</source>
        <translation>Bu gurama bu kompýuterde belli däl, serwerden bolsa häzir soramak mümkin däl. Guramalar we olaryň enjamlary şu ýerde belli bolar ýaly bir gezek birikiň (ýa-da birikende ulgam penjiresini açyň) ýa-da posylkany enjamyň ID-si üçin taýýarlaň.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server knows no organisation of this name or number.</source>
        <translation>Serwer bu atly ýa-da belgili guramany bilmeýär.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a coordinator&apos;s device makes parcels of reviews and receipts.</source>
        <translation>Synlaryň we kwitansiýalaryň posylkasyny diňe utgaşdyryjynyň enjamy taýýarlaýar.</translation>
    </message>
</context>
</TS>
