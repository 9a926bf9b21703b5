<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/about_dialog.py" line="+23"/>
        <source>About Fieldbook</source>
        <translation>О программе Fieldbook</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline-first, encrypted documentation of human-rights observations. Free software under the GNU Affero General Public License, version 3 or later.</source>
        <translation>Шифрованное документирование наблюдений о правах человека, работающее без сети. Свободная программа под лицензией GNU Affero General Public License версии 3 или более поздней.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference data and attributions:</source>
        <translation>Справочные данные и источники:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attributions</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Types of acts and controlled vocabularies adapted from the HURIDOCS Micro-thesauri (Judith Dueck, Manuel Guzman, Bert Verstappen: &lt;i&gt;Micro-thesauri: a tool for documenting human rights violations&lt;/i&gt;, HURIDOCS 2001), as published in OpenEvSys (AGPL-3.0).</source>
        <translation>Виды действий и контролируемые словари адаптированы из микротезаурусов HURIDOCS (Judith Dueck, Manuel Guzman, Bert Verstappen: &lt;i&gt;Micro-thesauri: a tool for documenting human rights violations&lt;/i&gt;, HURIDOCS 2001) в редакции OpenEvSys (AGPL-3.0).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Treaty articles: the ICCPR, the ICESCR and the Convention against Torture as published by OHCHR. The short article titles are our paraphrases; the treaties have none.</source>
        <translation>Статьи договоров: МПГПП, МПЭСКП и Конвенция против пыток в публикации УВКПЧ ООН (OHCHR). Краткие названия статей — наш пересказ: в самих договорах названий нет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Places: resolutions of the Mejlis of Turkmenistan on the administrative divisions (2022–2023) and the ISO 3166-2:TM codes.</source>
        <translation>Населённые пункты: постановления Меджлиса Туркменистана об административно-территориальном делении (2022–2023) и коды ISO 3166-2:TM.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velayat boundaries © OpenStreetMap contributors, ODbL 1.0 — via geoBoundaries (Runfola et al. 2020, PLoS ONE 15(4): e0231866).</source>
        <translation>Границы велаятов © OpenStreetMap contributors (участники OpenStreetMap), ODbL 1.0 — через geoBoundaries (Runfola et al. 2020, PLoS ONE 15(4): e0231866).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Many Russian and Turkmen labels were written by the Fieldbook team and await review by native speakers. Please tell your coordinator about mistakes.</source>
        <translation>Многие русские и туркменские названия написаны командой Fieldbook и ждут проверки носителями языка. Об ошибках сообщайте вашему координатору.</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <location filename="../desktop/ui/attachments_widget.py" line="+189"/>
        <source>(added when saved)</source>
        <translation>(добавится при сохранении)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+4"/>
        <location line="+39"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The file could not be attached.</source>
        <translation>Не удалось прикрепить файл.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Fieldbook shows images itself. To open this file in another program, save a copy to a place you choose — the copy is not encrypted.</source>
        <translation>Fieldbook сам показывает изображения. Чтобы открыть этот файл в другой программе, сохраните копию в выбранное место — копия не зашифрована.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save a decrypted copy</source>
        <translation>Сохранить расшифрованную копию</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove attachment</source>
        <translation>Удалить вложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” from this observation?</source>
        <translation>Удалить «%1» из этого наблюдения?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Photos, scans and recordings are encrypted as soon as they are added. Drag files here or use Add files.</source>
        <translation>Фото, сканы и записи шифруются сразу при добавлении. Перетащите файлы сюда или нажмите «Добавить файлы».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;files…</source>
        <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files (Ctrl+Shift+A)</source>
        <translation>Прикрепить файлы (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;iew</source>
        <translation>Прос&amp;мотр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
</context>
<context>
    <name>BulkReviewDialog</name>
    <message>
        <location filename="../desktop/ui/received/bulk_review.py" line="+65"/>
        <source>Say what is missing: the field workers read it.</source>
        <translation>Укажите, чего не хватает: полевые сотрудники прочтут это.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark %1 as %2</source>
        <translation>Отметить %1: «%2»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review the selected records</source>
        <translation>Проверка выбранных записей</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Each of the %n selected record(s) gets its own sealed review with this decision and comment. They are sent with the next sync and cannot be taken back, only followed by another review.</source>
        <translation>
            <numerusform>Каждая из %n выбранной записи получит свой запечатанный отзыв с этим решением и комментарием. Отзывы отправляются при следующей синхронизации; отменить их нельзя, можно только дать новый отзыв.</numerusform>
            <numerusform>Каждая из %n выбранных записей получит свой запечатанный отзыв с этим решением и комментарием. Отзывы отправляются при следующей синхронизации; отменить их нельзя, можно только дать новый отзыв.</numerusform>
            <numerusform>Каждая из %n выбранных записей получит свой запечатанный отзыв с этим решением и комментарием. Отзывы отправляются при следующей синхронизации; отменить их нельзя, можно только дать новый отзыв.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (optional; needed to ask for information):</source>
        <translation>Комментарий (необязательно; нужен при запросе сведений):</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../desktop/ui/widgets.py" line="+202"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t save</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <location filename="../desktop/ui/received/change_text.py" line="+15"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights affected</source>
        <translation>Затронутые права</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Types of act</source>
        <translation>Виды действий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Дальнейшие действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN recommendations</source>
        <translation>Рекомендации ООН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPR themes</source>
        <translation>Темы УПО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDG targets</source>
        <translation>Задачи ЦУР</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to the coordinator</source>
        <translation>Ответ координатору</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end</source>
        <translation>конец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>точность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>velayat</source>
        <translation>велаят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>etrap</source>
        <translation>этрап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settlement</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude</source>
        <translation>широта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation>долгота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked to stay anonymous</source>
        <translation>просил(а) сохранить анонимность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age group</source>
        <translation>возрастная группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perpetrator type</source>
        <translation>тип нарушителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reliability</source>
        <translation>надёжность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how obtained</source>
        <translation>как получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>obtained</source>
        <translation>получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may be shared with coordinators</source>
        <translation>можно передавать координаторам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may be shared with the institution</source>
        <translation>можно передавать национальному учреждению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may be used in anonymised public reports</source>
        <translation>можно использовать в обезличенных публичных отчётах</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>action</source>
        <translation>действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desktop/cli_text.py" line="+25"/>
        <source>row %1: %2: %3: %4</source>
        <translation>строка %1: %2: %3: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1: </source>
        <translation>строка %1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported %1, rejected %2</source>
        <translation>импортировано %1, отклонено %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported %1 observations</source>
        <translation>экспортировано наблюдений: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase changed</source>
        <translation>Парольная фраза изменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created profile %1</source>
        <translation>Профиль создан: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device id %1</source>
        <translation>Идентификатор устройства: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--limit %1 is above the page size of %2: at most %2 rows are shown; use --offset for more</source>
        <translation>--limit %1 больше размера страницы %2: показано не более %2 строк; остальные — через --offset</translation>
    </message>
    <message>
        <location filename="../desktop/network_cli.py" line="+30"/>
        <source>no devices enrolled</source>
        <translation>нет подключённых устройств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>активно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked %1</source>
        <translation>отозвано %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke device %1 (%2, %3)? It will be refused at its next connection, and this cannot be undone. Type yes to revoke: </source>
        <translation>Отозвать устройство %1 (%2, %3)? При следующем подключении сервер его отклонит; отменить это нельзя. Введите yes (или да), чтобы отозвать: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was revoked.</source>
        <translation>Ничего не отозвано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoking needs a confirmation: run it in a terminal, or add --yes</source>
        <translation>для отзыва нужно подтверждение: запустите команду в терминале или добавьте --yes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device %1 is revoked: the server refuses it from now on.</source>
        <translation>Устройство %1 отозвано: отныне сервер его отклоняет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device was a coordinator&apos;s and holds the coordination key. Revoking stops it syncing, not reading what it already has: replace the coordination key so that it cannot read what is sent from now on (docs/security.md, &apos;A coordinator&apos;s laptop is lost&apos;).</source>
        <translation>Это было устройство координатора, и на нём есть ключ координации. Отзыв прекращает его синхронизацию, но не мешает читать то, что на нём уже есть: замените ключ координации, чтобы оно не могло читать то, что отправляется с этого момента (docs/security.md, «A coordinator&apos;s laptop is lost»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the coordination key now? Type yes to replace it: </source>
        <translation>Заменить ключ координации сейчас? Введите yes (или да), чтобы заменить: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To replace the coordination key later: fieldbook coordination rotate</source>
        <translation>Чтобы заменить ключ координации позже: fieldbook coordination rotate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the coordinator whose fingerprint the invitation codes carry (%1) can replace the coordination key: ask them to run fieldbook coordination rotate.</source>
        <translation>Заменить ключ координации может только координатор, чей отпечаток указан в кодах приглашения (%1): попросите его выполнить fieldbook coordination rotate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the coordination key? A new key is made on this device and certified with its identity; every device seals what it sends from its next sync for the new key only. Records already sent stay readable to whoever holds the old key: replacing protects what is sent from now on. Every other coordinator must then import the new key file. Type yes to replace it: </source>
        <translation>Заменить ключ координации? Новый ключ создаётся на этом устройстве и заверяется его удостоверением; начиная со следующей синхронизации каждое устройство шифрует отправляемое только для нового ключа. Уже отправленные записи остаются доступны тому, у кого есть старый ключ: замена защищает то, что отправляется с этого момента. Затем каждый другой координатор должен импортировать новый файл ключа. Введите yes (или да), чтобы заменить: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The coordination key was not replaced.</source>
        <translation>Ключ координации не заменён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replacing the coordination key needs a confirmation: run it in a terminal, or add --yes</source>
        <translation>для замены ключа координации нужно подтверждение: запустите команду в терминале или добавьте --yes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The coordination key is replaced (generation %1, fingerprint %2). Field devices take it at their next sync. Now export the key file (fieldbook export-key FILE) and give it to each remaining coordinator to import; it holds the earlier keys too, for older records.</source>
        <translation>Ключ координации заменён (поколение %1, отпечаток %2). Полевые устройства получат его при следующей синхронизации. Теперь экспортируйте файл ключа (fieldbook export-key ФАЙЛ) и передайте его каждому оставшемуся координатору для импорта; в нём есть и прежние ключи — для старых записей.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>coordination key: generation %1, fingerprint %2</source>
        <translation>ключ координации: поколение %1, отпечаток %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certified by the coordinator identity %1</source>
        <translation>заверен удостоверением координатора %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this device holds it: %1; keys held for older records: %2; may replace it: %3</source>
        <translation>есть на этом устройстве: %1; ключей для прежних записей: %2; может заменить: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>devices whose newest record was sealed for an older key (not synced since the replacement, or kept on the old key by the server): %1</source>
        <translation>устройства, чья последняя запись зашифрована для прежнего ключа (не синхронизировались после замены, или сервер держит их на старом ключе): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation %1 added (%2, id %3).</source>
        <translation>Организация %1 добавлена (%2, id %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no organisations yet</source>
        <translation>организаций пока нет</translation>
    </message>
    <message>
        <location filename="../desktop/recommendations_cli.py" line="+27"/>
        <source>recommendations: %1 added, %2 updated, %3 unchanged (%4 in the profile)</source>
        <translation>рекомендации: добавлено %1, обновлено %2, без изменений %3 (в профиле: %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recommendations loaded: fieldbook recommendations import FILE</source>
        <translation>Рекомендации не загружены: fieldbook recommendations import ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../desktop/inbox_cli.py" line="+30"/>
        <source>no organisation %1 among the received records (fieldbook inbox --orgs lists them)</source>
        <translation>среди полученных записей нет организации %1 (список: fieldbook inbox --orgs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>received</source>
        <translation>получено</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>review</source>
        <translation>рассмотрение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>от кого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>* unread   ! conflicting revisions</source>
        <translation>* не прочитано   ! конфликтующие версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing received yet: a coordinator receives observations with fieldbook sync</source>
        <translation>пока ничего не получено: координатор получает наблюдения командой fieldbook sync</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 received</source>
        <translation>%1 из %2 полученных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unread, %2 not reviewed yet, %3 needing information, %4 in conflict</source>
        <translation>непрочитанных: %1, ещё не рассмотренных: %2, ждут сведений: %3, в конфликте: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not reviewed</source>
        <translation>не рассмотрено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs information</source>
        <translation>нужны сведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../desktop/parcel_cli.py" line="+30"/>
        <source>%1: %2 envelopes, %3 new, %4 already here, %5 receipts, %6 attachments complete, %7 for other devices, %8 refused</source>
        <translation>%1: конвертов %2, новых %3, уже были здесь %4, квитанций %5, вложений получено полностью %6, для других устройств %7, отклонено %8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  refused: %1</source>
        <translation>  отклонено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: everything in this parcel was here already (opened before): nothing changed.</source>
        <translation>%1: всё из этой посылки здесь уже было (её уже открывали): ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fieldbook: %1: %2</source>
        <translation>fieldbook: %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 байт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 envelopes; they stay queued until a receipt comes back.</source>
        <translation>Конвертов: %1; они остаются в очереди, пока не вернётся квитанция.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reviews and %2 receipts for %3 device(s).</source>
        <translation>Отзывов: %1, квитанций: %2; устройств-получателей: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation %1: %2 device(s), as the server lists them now.</source>
        <translation>Организация %1: устройств %2, по текущему списку сервера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation %1: %2 device(s), as this computer last knew them (%3); the server could not be asked.</source>
        <translation>Организация %1: устройств %2, как их последний раз знал этот компьютер (%3); спросить сервер не удалось.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 device(s) that sent records here are of an organisation this computer does not know (not in this parcel); make a parcel --for each, or connect once: %2</source>
        <translation>Устройства, приславшие сюда записи, но чья организация этому компьютеру не известна (их нет в этой посылке): %1. Сделайте посылку --for для каждого или подключитесь один раз: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>receipts for the author: %1</source>
        <translation>квитанции для автора: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop/ui/received/conflict_dialog.py" line="+91"/>
        <source>Conflicting revisions</source>
        <translation>Конфликтующие редакции</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The author&apos;s device sent two different revisions made from the same earlier one (a profile restored from a backup does this). Both are kept; nothing is merged. The author settles it by saving a new revision.</source>
        <translation>Устройство автора прислало две разные редакции, сделанные из одной и той же предыдущей (так бывает, если профиль восстановили из резервной копии). Обе сохранены, ничего не объединяется. Автор разрешает конфликт, сохранив новую редакцию.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which one counts:</source>
        <translation>Какая из них действует:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revision %1</source>
        <translation>Редакция %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>COUNTS</source>
        <translation>ДЕЙСТВУЕТ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not count</source>
        <translation>не действует</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../desktop/ui/connect_dialog.py" line="+100"/>
        <source>Connect to server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Invitation code</source>
        <translation>Код приглашения</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Name of this computer</source>
        <translation>Имя этого компьютера</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. laptop 3</source>
        <translation>напр. ноутбук 3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s operator sees this name, unencrypted. Use one that names no person and no place you would not want them to know; it may be left empty.</source>
        <translation>Оператор сервера видит это имя в открытом виде. Выберите имя, в котором нет ни людей, ни мест, которые ему не следует знать; поле можно оставить пустым.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System settings</source>
        <translation>Системные настройки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No proxy</source>
        <translation>Без прокси</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This proxy:</source>
        <translation>Этот прокси:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export coordination key…</source>
        <translation>Экспортировать ключ координации…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import coordination key…</source>
        <translation>Импортировать ключ координации…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This computer is connected to %1.</source>
        <translation>Этот компьютер подключён к %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste the invitation code your coordinator gave you. Fieldbook checks that the server&apos;s keys match the code before it sends anything.</source>
        <translation>Вставьте код приглашения, который дал вам координатор. Прежде чем что-либо отправить, Fieldbook проверит, что ключи сервера соответствуют коду.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the invitation code.</source>
        <translation>Введите код приглашения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>field worker</source>
        <translation>полевой сотрудник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected as %1.</source>
        <translation>Подключено: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coordinator key fingerprint: %1 — compare it with your coordinator by phone or in person.</source>
        <translation>Отпечаток ключа координатора: %1 — сверьте его с координатором по телефону или при встрече.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the coordination key file from the first coordinator.</source>
        <translation>Импортируйте файл ключа координации от первого координатора.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting failed for an unexpected reason.</source>
        <translation>Подключиться не удалось по непредвиденной причине.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save coordination key</source>
        <translation>Сохранить ключ координации</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A passphrase for the key file</source>
        <translation>Парольная фраза для файла ключа</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved. Keep the file offline, apart from its passphrase.</source>
        <translation>Сохранено. Храните файл вне сети и отдельно от его парольной фразы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open coordination key</source>
        <translation>Открыть ключ координации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file&apos;s passphrase</source>
        <translation>Парольная фраза файла ключа</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The coordination key was imported.</source>
        <translation>Ключ координации импортирован.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../desktop/ui/coordinator/dashboard.py" line="+158"/>
        <source>Documented cases with consent; not a sample, no prevalence. × not shown, to protect people.</source>
        <extracomment>The chart as saved: consenting records, protected counts (None: hidden).</extracomment>
        <translation>Задокументированные случаи с согласием; не выборка, не распространённость. × — не показано ради защиты людей.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Fewer than {n}: shown here, hidden in documents</source>
        <translation>Меньше {n}: видно здесь, скрыто в документах</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Rows:</source>
        <extracomment>the profile, or a callable giving the profile open now (None while locked)</extracomment>
        <translation>Строки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The figures could not be counted.</source>
        <translation>Не удалось подсчитать цифры.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n} records. Counts marked * are small: shown here, hidden in documents.</source>
        <translation>Записей: {n}. Числа со знаком * малы: они видны здесь, но скрыты в документах.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/coordinator/dashboard_window.py" line="+108"/>
        <source>Figures</source>
        <extracomment>where the window was left and the cross-table&apos;s dimensions (ui.ini) () -&gt; the profile&apos;s UN recommendations, for the report&apos;s annex the profile, or a callable giving the profile open now (None while locked)</extracomment>
        <translation>Цифры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write report…</source>
        <translation>Написать отчёт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The list has no filter for this.</source>
        <translation>В списке нет такого фильтра.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save chart as PNG or SVG…</source>
        <translation>Сохранить диаграмму как PNG или SVG…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Write report</source>
        <translation>Написать отчёт</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The report was written.</source>
        <translation>Отчёт записан.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report was cancelled.</source>
        <translation>Формирование отчёта отменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report could not be written.</source>
        <translation>Не удалось записать отчёт.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sensitive records will be written to a file that is not encrypted. Export them?</source>
        <translation>{n} записей с конфиденциальными сведениями будут записаны в незашифрованный файл. Экспортировать их?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{n} records exported.</source>
        <translation>Экспортировано записей: {n}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export could not be written.</source>
        <translation>Не удалось записать экспорт.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../desktop/ui/date_field.py" line="+256"/>
        <source>Write the date as %1.</source>
        <extracomment>Earlier incident dates are typing slips (a year of 1900, 0025); the core refuses them too. &quot;Not set&quot;: what :meth:`DateField.date` returns for an empty field (kept for callers that compared against the old QDateEdit&apos;s minimum). The text cannot be read as an allowed date (message), or &quot;&quot; when it can again.</extracomment>
        <translation>Введите дату в виде %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a date between %1 and %2.</source>
        <translation>Выберите дату с %1 по %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a date between %1 and today.</source>
        <translation>Выберите дату с %1 по сегодняшний день.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mm%1yyyy</source>
        <translation>мм%1гггг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd%1mm%1yyyy</source>
        <translation>дд%1мм%1гггг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Вниз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="+87"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This observation has changes that are not saved yet.</source>
        <translation>В этом наблюдении есть несохранённые изменения.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Repeat:</source>
        <translation>Повторите:</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../desktop/ui/drafts.py" line="+41"/>
        <location line="+22"/>
        <source>Delete draft</source>
        <translation>Удаление черновика</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Delete this draft and its attachments from this laptop? It was never sent, so no copy exists anywhere else. This cannot be undone.</source>
        <translation>Удалить этот черновик и его вложения с этого компьютера? Он ни разу не отправлялся, поэтому других копий нет. Отменить это нельзя.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The draft could not be deleted.</source>
        <translation>Черновик не удалось удалить.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../desktop/ui/error_dialog.py" line="+91"/>
        <source>Technical details</source>
        <translation>Технические подробности</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fieldbook hit an unexpected problem. Your saved observations are safe. If this keeps happening, copy the details below and send them to your coordinator; they contain no recorded content.</source>
        <translation>В Fieldbook произошла непредвиденная ошибка. Сохранённые наблюдения в безопасности. Если это повторяется, скопируйте подробности ниже и отправьте координатору: в них нет записанных данных.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="-91"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File name:</source>
        <translation>Имя файла:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files of type:</source>
        <translation>Тип файлов:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Observations (*.csv *.json *.txt)</source>
        <translation>Наблюдения (*.csv *.json *.txt)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../desktop/ui/filter_bar.py" line="+154"/>
        <source>All etraps</source>
        <translation>Все этрапы</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Rights (%n)</source>
        <translation>
            <numerusform>Права (%n)</numerusform>
            <numerusform>Права (%n)</numerusform>
            <numerusform>Права (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rights…</source>
        <translation>Права…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Acts (%n)</source>
        <translation>
            <numerusform>Действия (%n)</numerusform>
            <numerusform>Действия (%n)</numerusform>
            <numerusform>Действия (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Types of act…</source>
        <translation>Виды действий…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All velayats</source>
        <translation>Все велаяты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any confidentiality</source>
        <translation>Любая конфиденциальность</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Velayat filter</source>
        <translation>Фильтр по велаяту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etrap filter</source>
        <translation>Фильтр по этрапу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality filter</source>
        <translation>Фильтр по конфиденциальности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident date from</source>
        <translation>Дата события с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident date to</source>
        <translation>Дата события по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked for more information</source>
        <translation>Запрошены сведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the records a coordinator asked you to complete</source>
        <translation>Показать записи, которые координатор попросил дополнить</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../desktop/ui/first_run.py" line="+215"/>
        <source>The two passphrases are not the same.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use four or more unrelated words.</source>
        <translation>Используйте четыре или больше не связанных между собой слов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too short: at least 8 characters.</source>
        <translation>Слишком коротко: нужно не меньше 8 символов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak: add more words.</source>
        <translation>Слабая: добавьте ещё слов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair: one or two more words would help.</source>
        <translation>Средняя: помогут ещё одно-два слова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create profile</source>
        <translation>Создать профиль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(not set)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The profile could not be created: %1</source>
        <translation>Не удалось создать профиль: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Welcome to Fieldbook</source>
        <translation>Добро пожаловать в Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language Fieldbook speaks to you in.</source>
        <translation>Выберите язык, на котором Fieldbook будет с вами говорить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything you record is encrypted with a passphrase. Choose one you will remember but others cannot guess: a few unrelated words work well.</source>
        <translation>Всё, что вы записываете, шифруется парольной фразой. Выберите такую, которую вы запомните, а другие не угадают: хорошо подходят несколько не связанных слов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите её:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Important: nobody can recover this passphrase — not your coordinator, not the Fieldbook team. If you forget it, the records on this laptop cannot be opened again.</source>
        <translation>Важно: эту парольную фразу никто не сможет восстановить — ни ваш координатор, ни команда Fieldbook. Если вы её забудете, записи на этом ноутбуке больше нельзя будет открыть.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which organisation do you work for, and in which velayat?</source>
        <translation>В какой организации и в каком велаяте вы работаете?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Velayat:</source>
        <translation>&amp;Велаят:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velayat</source>
        <translation>Велаят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating your encrypted profile…</source>
        <translation>Создаётся зашифрованный профиль…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <location filename="../desktop/ui/follow_up_editor.py" line="+107"/>
        <source>Add a follow-up &amp;action</source>
        <translation>До&amp;бавить последующее действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-up recorded yet.</source>
        <translation>Последующих действий пока нет.</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <location line="-31"/>
        <source>Action</source>
        <extracomment>A due date is planned: up to ten years ahead; and it may lie in the past (overdue).</extracomment>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Due by</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up action</source>
        <translation>Последующее действие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Срок выполнения</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="+72"/>
        <source>Revision %1</source>
        <translation>Редакция %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Revision history</source>
        <translation>История редакций</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every save is kept as a revision that cannot be changed. Choose one to see it as it was.</source>
        <translation>Каждое сохранение хранится как редакция, которую нельзя изменить. Выберите редакцию, чтобы увидеть её такой, какой она была.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisions</source>
        <translation>Редакции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen revision</source>
        <translation>Выбранная редакция</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../desktop/ui/attachments_widget.py" line="-350"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="+46"/>
        <source>Row %1: %2: %3</source>
        <translation>Строка %1: %2: %3</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose a CSV or JSON file</source>
        <translation>Выберите файл CSV или JSON</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported: %1. Rows refused: %2.</source>
        <translation>Импортировано: %1. Отклонено строк: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file could not be read.</source>
        <translation>Файл не удалось прочитать.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import observations</source>
        <translation>Импорт наблюдений</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import observations from a CSV or JSON file (the format is described in the user guide). Valid rows are stored; for each refused row you see why.</source>
        <translation>Импорт наблюдений из файла CSV или JSON (формат описан в руководстве пользователя). Правильные строки сохраняются; для каждой отклонённой строки указана причина.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as:</source>
        <translation>Импортировать как:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <location filename="../desktop/ui/coordinator/key_rotation.py" line="+56"/>
        <source>Coordination key: generation %1, fingerprint %2.</source>
        <extracomment>the rotation ended: True when the key was replaced</extracomment>
        <translation>Ключ координации: поколение %1, отпечаток %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the coordinator whose fingerprint the invitation codes carry (%1) can replace it.</source>
        <translation>Заменить его может только координатор, чей отпечаток указан в кодах приглашения (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n device(s) last sent records sealed for an older key: not synced since the replacement, or kept on the old key by the server.</source>
        <translation>
            <numerusform>%n устройство последним прислало записи, зашифрованные для прежнего ключа: оно не синхронизировалось после замены, или сервер держит его на старом ключе.</numerusform>
            <numerusform>%n устройства последними прислали записи, зашифрованные для прежнего ключа: они не синхронизировались после замены, или сервер держит их на старом ключе.</numerusform>
            <numerusform>%n устройств последними прислали записи, зашифрованные для прежнего ключа: они не синхронизировались после замены, или сервер держит их на старом ключе.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device does not hold the current key: import the new key file.</source>
        <translation>На этом устройстве нет текущего ключа: импортируйте новый файл ключа.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new coordination key is made on this device and certified with its identity. Every device checks that certificate and, from its next sync, seals what it sends for the new key only, so a lost or revoked coordinator&apos;s laptop cannot read it.

It does not take anything back: records already sent stay readable to whoever holds the old key, and a field device seals for the new key only after it has synced once.

Afterwards, export the key file again (Connect to server → Export coordination key…) and give it to each remaining coordinator: they import it and keep reading older records.</source>
        <translation>На этом устройстве создаётся новый ключ координации, заверенный его удостоверением. Каждое устройство проверяет эту подпись и, начиная со следующей синхронизации, шифрует отправляемое только для нового ключа — потерянный или отозванный ноутбук координатора этого не прочтёт.

Замена ничего не возвращает: уже отправленные записи остаются доступны тому, у кого есть старый ключ, а полевое устройство начинает шифровать для нового ключа лишь после одной синхронизации.

Затем снова экспортируйте файл ключа (Подключение к серверу → Экспортировать ключ координации…) и передайте его каждому оставшемуся координатору: они импортируют его и продолжат читать прежние записи.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The revoked device was a coordinator&apos;s and holds the coordination key. Replace the key now?</source>
        <translation>Отозванное устройство принадлежало координатору, и на нём есть ключ координации. Заменить ключ сейчас?</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+17"/>
        <source>Replace the coordination key</source>
        <translation>Замена ключа координации</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The coordination key is replaced (generation %1, fingerprint %2). Field devices take it at their next sync. Now export the key file and give it to each remaining coordinator; it holds the earlier keys too, for older records.</source>
        <translation>Ключ координации заменён (поколение %1, отпечаток %2). Полевые устройства получат его при следующей синхронизации. Теперь экспортируйте файл ключа и передайте его каждому оставшемуся координатору; в нём есть и прежние ключи — для старых записей.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The coordination key could not be replaced.</source>
        <translation>Не удалось заменить ключ координации.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="+16"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send</source>
        <translation>Готово к отправке</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs information</source>
        <translation>Нужны сведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Обычная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Чувствительная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highly sensitive</source>
        <translation>Особо чувствительная</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exact day</source>
        <translation>Точный день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month only</source>
        <translation>Только месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year only</source>
        <translation>Только год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date unknown</source>
        <translation>Дата неизвестна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleged perpetrator</source>
        <translation>Предполагаемый нарушитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this laptop only</source>
        <translation>Только на этом ноутбуке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to send</source>
        <translation>Ожидает отправки</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+469"/>
        <source>Delete draft</source>
        <extracomment>The store is imported and the workspace built (done while the user types). An editor is shown (a new record&apos;s, or a stored one&apos;s once read).</extracomment>
        <translation>Удаление черновика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a draft that was never sent can be deleted.</source>
        <translation>Удалить можно только черновик, который ни разу не отправлялся.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Carry by USB stick</source>
        <translation>Передать на USB-флешке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a server once (File &gt; Connect) before using parcels.</source>
        <translation>Прежде чем пользоваться посылками, один раз подключитесь к серверу (Файл &gt; Подключиться).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a coordinator&apos;s device connected to the server manages the network.</source>
        <translation>Сетью управляет только устройство координатора, подключённое к серверу.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>A coordinator asked for more information on %n observation(s).</source>
        <translation>
            <numerusform>Координатор запросил дополнительные сведения по %n наблюдению.</numerusform>
            <numerusform>Координатор запросил дополнительные сведения по %n наблюдениям.</numerusform>
            <numerusform>Координатор запросил дополнительные сведения по %n наблюдениям.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Received</source>
        <translation>Полученные</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new · %2 to review</source>
        <translation>новых: %1 · без отзыва: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My records</source>
        <translation>Мои записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observations received from the network&apos;s field workers</source>
        <translation>Наблюдения, полученные от полевых сотрудников сети</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observations recorded on this laptop</source>
        <translation>Наблюдения, записанные на этом ноутбуке</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New observation</source>
        <translation>&amp;Новое наблюдение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a new observation (Ctrl+N)</source>
        <translation>Записать новое наблюдение (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected observation (Ctrl+O)</source>
        <translation>Открыть выбранное наблюдение (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock Fieldbook now (Ctrl+L)</source>
        <translation>Заблокировать Fieldbook сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language, auto-lock, passphrase and server (Ctrl+,)</source>
        <translation>Язык, автоблокировка, парольная фраза и сервер (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear search and filters</source>
        <translation>&amp;Сбросить поиск и фильтры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Fieldbook</source>
        <translation>&amp;О программе Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync state</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and receive now (F9)</source>
        <translation>Отправить и получить сейчас (F9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Подключиться к серверу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;log</source>
        <translation>&amp;Журнал синхронизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry by &amp;USB stick…</source>
        <translation>Передать на &amp;USB-флешке…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;twork: organisations, invitations, devices…</source>
        <translation>Се&amp;ть: организации, приглашения, устройства…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Figures and map</source>
        <translation>&amp;Цифры и карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Удалить черновик…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected draft (Delete)</source>
        <translation>Удалить выбранный черновик (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Импорт из файла…</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../desktop/ui/coordinator/network_dialog.py" line="+268"/>
        <source>That did not work.</source>
        <translation>Не получилось.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nothing sent yet</source>
        <translation>ещё ничего не присылало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>активно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoked %1</source>
        <translation>отозвано %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n active device(s).</source>
        <translation>
            <numerusform>%n активное устройство.</numerusform>
            <numerusform>%n активных устройства.</numerusform>
            <numerusform>%n активных устройств.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No organisation</source>
        <translation>Без организации</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Revoke %1 (%2, %3)? The server refuses this device from its next connection. This cannot be undone: the device would need a new invitation.</source>
        <translation>Отозвать %1 (%2, %3)? Сервер отклонит это устройство при следующем подключении. Отменить это нельзя: устройству понадобится новое приглашение.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a coordinator&apos;s device: it holds the coordination key, and revoking does not take back what it can already read.</source>
        <translation>Это устройство координатора: на нём есть ключ координации, и отзыв не отнимет то, что оно уже может прочитать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Revoke a device</source>
        <translation>Отозвать устройство</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Replace the coordination key</source>
        <translation>Замените ключ координации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The revoked device was a coordinator&apos;s and holds the coordination key, which opens every observation sent so far. Revoking stops it syncing, not reading what it already has. Replace the coordination key (&quot;Replace the coordination key…&quot; on the laptop whose fingerprint the invitation codes carry) so that it cannot read what is sent from now on, and treat what was sent before as readable by whoever holds that device.</source>
        <translation>Отозванное устройство принадлежало координатору, и на нём есть ключ координации, открывающий все отправленные до сих пор наблюдения. Отзыв прекращает его синхронизацию, но не мешает читать то, что на нём уже есть. Замените ключ координации («Заменить ключ координации…» на ноутбуке, чей отпечаток указан в кодах приглашения), чтобы оно не могло читать то, что отправляется с этого момента, и считайте отправленное раньше доступным тому, у кого это устройство.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The device is revoked: the server refuses it from now on.</source>
        <translation>Устройство отозвано: отныне сервер его отклоняет.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The coordination key is replaced.</source>
        <translation>Ключ координации заменён.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The invitation code is ready.</source>
        <translation>Код приглашения готов.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This code lets one new device (%1) connect to the server and join the network. It works once, until %2; after that, make a new one. Hand it over in person or read it out by phone, never by e-mail or chat. After connecting, the new device shows the fingerprint %3: compare it by phone.</source>
        <translation>Этот код позволяет одному новому устройству (%1) подключиться к серверу и войти в сеть. Он действует один раз и до %2; потом создайте новый. Передайте его лично или продиктуйте по телефону, но не по почте и не в чате. После подключения новое устройство покажет отпечаток %3: сверьте его по телефону.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The code is copied.</source>
        <translation>Код скопирован.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fieldbook invitation code</source>
        <translation>Код приглашения Fieldbook</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The code was sent to the printer.</source>
        <translation>Код отправлен на принтер.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the organisation a name and a velayat.</source>
        <translation>Укажите название и велаят организации.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation %1 added.</source>
        <translation>Организация %1 добавлена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+46"/>
        <source>field worker</source>
        <translation>полевой сотрудник</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite a device</source>
        <translation>Пригласить устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>О&amp;тозвать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the coordination &amp;key…</source>
        <translation>Заменить &amp;ключ координации…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An invitation code lets a new laptop join the network. It is made on this device, so it vouches for your coordination key; the server never sees it.</source>
        <translation>Код приглашения позволяет новому ноутбуку войти в сеть. Он создаётся на этом устройстве и поэтому ручается за ваш ключ координации; сервер его никогда не видит.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a:</source>
        <translation>Для кого:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid for (days):</source>
        <translation>&amp;Действует (дней):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Make an invitation code</source>
        <translation>&amp;Создать код приглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velayat</source>
        <translation>Велаят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;elayat:</source>
        <translation>В&amp;елаят:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add the organisation</source>
        <translation>&amp;Добавить организацию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a velayat</source>
        <translation>Выберите велаят</translation>
    </message>
</context>
<context>
    <name>ObservationEditor</name>
    <message>
        <location filename="../desktop/ui/observation_editor.py" line="+593"/>
        <location line="+617"/>
        <source>(not set)</source>
        <extracomment>A save ended (True: stored). Emitted for every save asked, also one refused at once. &quot;Ready to send&quot; / &quot;Back to drafts&quot; ended (True: the status changed).</extracomment>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location line="-468"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Слишком длинно: не более %1 символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now %1.</source>
        <translation>Сейчас %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+63"/>
        <location line="+16"/>
        <source>Not saved: please check the marked fields.</source>
        <translation>Не сохранено: проверьте отмеченные поля.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Saved at %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Before sending, still needed: %1.</source>
        <translation>Для отправки ещё нужно: %1.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Not saved yet: please check the marked fields.</source>
        <translation>Пока не сохранено: проверьте отмеченные поля.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Draft saved automatically at %1.</source>
        <translation>Черновик сохранён автоматически в %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The observation could not be saved.</source>
        <translation>Наблюдение не удалось сохранить.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not sent: please check the marked fields.</source>
        <translation>Не отправлено: проверьте отмеченные поля.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No consent recorded</source>
        <translation>Согласие не отмечено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record says the person did not give informed consent. Send it to the coordinators anyway?</source>
        <translation>В этой записи не отмечено информированное согласие человека. Всё равно отправить её координаторам?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Queued: it will be sent at the next connection.</source>
        <translation>В очереди: будет отправлено при следующем подключении.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved back to drafts.</source>
        <translation>Возвращено в черновики.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>New observation</source>
        <translation>Новое наблюдение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This observation was sent and can no longer be changed here. You can still read it, see its history and save copies of attachments.</source>
        <translation>Это наблюдение отправлено, и здесь его больше нельзя изменить. Его можно читать, смотреть историю и сохранять копии вложений.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your coordinator asked for more information. Add it, then choose Ready to send again.</source>
        <translation>Координатор запросил дополнительные сведения. Добавьте их и снова выберите «Готово к отправке».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Back to drafts</source>
        <translation>Верн&amp;уть в черновики</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to se&amp;nd</source>
        <translation>Готово к &amp;отправке</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes — saved automatically shortly after you stop typing.</source>
        <translation>Есть несохранённые изменения — они сохранятся автоматически вскоре после того, как вы перестанете печатать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved changes — press Save (Ctrl+S).</source>
        <translation>Есть несохранённые изменения — нажмите «Сохранить» (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes saved (revision %1).</source>
        <translation>Все изменения сохранены (редакция %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet.</source>
        <translation>Пока не сохранено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When and where</source>
        <translation>Когда и где</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights and acts</source>
        <translation>Права и действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People involved</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source and consent</source>
        <translation>Источник и согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Дальнейшие действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN recommendations</source>
        <translation>Рекомендации ООН</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the &amp;witness told you:</source>
        <translation>Что &amp;рассказал свидетель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality:</source>
        <translation>Конфиденциальность:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>М&amp;етки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How e&amp;xact is the date:</source>
        <translation>Точность дат&amp;ы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date (or start):</source>
        <translation>&amp;Дата (или начало):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Velayat:</source>
        <translation>Вела&amp;ят:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Etrap:</source>
        <translation>&amp;Этрап:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town or villa&amp;ge:</source>
        <translation>&amp;Город или село:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates (optional):</source>
        <translation>Координаты (необязательно):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rights affected:</source>
        <translation>Затронутые &amp;права:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ypes of act:</source>
        <translation>&amp;Виды действий:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So&amp;urce type:</source>
        <translation>&amp;Тип источника:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;liability:</source>
        <translation>Надё&amp;жность:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was obtained:</source>
        <translation>Как по&amp;лучено:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent:</source>
        <translation>Согласие:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations it bears on:</source>
        <translation>К каким рекомендациям относится:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPR themes:</source>
        <translation>Темы УПО:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDG targets:</source>
        <translation>Задачи ЦУР:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A short summary, e.g. “Detained at the bazaar”</source>
        <translation>Кратко, например: «Задержан на базаре»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down what happened, in the witness&apos;s own words where possible.</source>
        <translation>Запишите, что произошло, по возможности словами свидетеля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short words separated by commas</source>
        <translation>Короткие слова через запятую</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 16.10, 5.2</source>
        <translation>напр. 16.10, 5.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDG targets</source>
        <translation>Задачи ЦУР</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date precision</source>
        <translation>Точность даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident date or start</source>
        <translation>Дата события или его начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It lasted until</source>
        <translation>Продолжалось до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident end date</source>
        <translation>Дата окончания события</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velayat</source>
        <translation>Велаят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etrap</source>
        <translation>Этрап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town or village</source>
        <translation>Город или село</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source type</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was obtained</source>
        <translation>Как получено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person gave informed consent to record this</source>
        <translation>Человек дал информированное согласие на эту запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They agreed that it may be shared with:</source>
        <translation>Согласился, что этим можно поделиться с:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our network&apos;s coordinators</source>
        <translation>координаторами нашей сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The national human-rights institution</source>
        <translation>национальным правозащитным учреждением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised public reports</source>
        <translation>обезличенными публичными отчётами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Observation</source>
        <translation>&amp;Наблюдение</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Attach files…</source>
        <translation>&amp;Прикрепить файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision &amp;history…</source>
        <translation>&amp;История редакций…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock Fieldbook</source>
        <translation>&amp;Заблокировать Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete this draft…</source>
        <translation>&amp;Удалить этот черновик…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision history (Ctrl+H)</source>
        <translation>История редакций (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send (Ctrl+Enter)</source>
        <translation>Готово к отправке (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ObservationListView</name>
    <message>
        <location filename="../desktop/ui/observation_list.py" line="+197"/>
        <source>Counting…</source>
        <extracomment>the columns&apos; widths where there is room; the title&apos;s (0) stretches the title keeps at least this share of the width (1/3: a third) fields every query of this list has (a coordinator&apos;s &quot;My records&quot;: scope &quot;own&quot;) The list shows the first rows of a search; their number is still being counted.</extracomment>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 observations</source>
        <translation>Наблюдений: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search titles, descriptions, places and names  (Ctrl+F)</source>
        <translation>Поиск по заголовкам, описаниям, местам и именам  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search observations</source>
        <translation>Поиск наблюдений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <location filename="../desktop/ui/observation_table_model.py" line="+51"/>
        <source>Incident date</source>
        <extracomment>How long after a new query was asked its first page may wait for its count. A count that comes within it makes one reset and one paint with the page; a slower one would delay the rows, so they show without it and the rest of the rows are added when it comes. Counted from the question, so a slow page is never held back further. (key, header, store sort key or None when the store cannot sort by it)</extracomment>
        <translation>Дата события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location line="+298"/>
        <source>This column cannot be sorted.</source>
        <extracomment>Longest text a cell gets; the rest is in the tooltip (no column is that wide). The new query&apos;s first page is in the model (its count may still be coming). The query has settled: first page and count are in, or it failed. (key, header, sort key or None): a subclass lists other columns (the Received list) the translation context of the columns&apos; headers</extracomment>
        <translation>По этому столбцу нельзя сортировать.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Reviewed by a coordinator %n time(s). Open the record to read the reviews.</source>
        <translation>
            <numerusform>Координатор оставил %n отзыв. Откройте запись, чтобы прочитать отзывы.</numerusform>
            <numerusform>Координатор оставил %n отзыва. Откройте запись, чтобы прочитать отзывы.</numerusform>
            <numerusform>Координатор оставил %n отзывов. Откройте запись, чтобы прочитать отзывы.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservationView</name>
    <message>
        <location filename="../desktop/ui/observation_view.py" line="+29"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incident date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rights affected</source>
        <translation>Затронутые права</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Types of act</source>
        <translation>Виды действий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(anonymous)</source>
        <translation>(анонимно)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>People involved</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obtained</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not obtained</source>
        <translation>Не получено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>coordinators</source>
        <translation>координаторы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the national institution</source>
        <translation>национальное учреждение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>anonymised public reports</source>
        <translation>обезличенные публичные отчёты</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>may be shared with:</source>
        <translation>можно передать:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow-up</source>
        <translation>Дальнейшие действия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to the coordinator</source>
        <translation>Ответ координатору</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator %1</source>
        <translation>Координатор %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reply with a revision</source>
        <translation>Ответ вместе с правкой</translation>
    </message>
</context>
<context>
    <name>ParcelDialog</name>
    <message>
        <location filename="../desktop/ui/parcel_dialog.py" line="+89"/>
        <source>Carry by USB stick</source>
        <extracomment>refusals listed one by one (ids and reasons) before &quot;and N more&quot;</extracomment>
        <translation>Передать на USB-флешке</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When there is no connection, or none safe to use, the sync can travel as a parcel: one file for a USB stick. Nobody who carries it can read it: only a coordinator&apos;s key opens what it holds. Records stay queued until a receipt comes back, by parcel or over the network.</source>
        <translation>Когда связи нет или ею небезопасно пользоваться, синхронизация может отправиться посылкой — одним файлом для USB-флешки. Тот, кто её везёт, ничего не прочитает: содержимое открывает только ключ координатора. Записи остаются в очереди, пока не вернётся квитанция — посылкой или по сети.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make a parcel</source>
        <translation>Собрать посылку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split into parts of at most</source>
        <translation>Разбить на части не больше</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device id or organisation (a parcel of your reviews and receipts)</source>
        <translation>Идентификатор устройства или организация (посылка с вашими отзывами и квитанциями)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty for a parcel of your own queue. An organisation&apos;s devices come from the server, or without a connection from its last list kept here.</source>
        <translation>Оставьте пустым для посылки из вашей собственной очереди. Устройства организации берутся с сервера, а без связи — из последнего списка, сохранённого здесь.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Write parcel to a folder…</source>
        <translation>&amp;Записать посылку в папку…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parcels you were given</source>
        <translation>Посылки, которые вам передали</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open parcels…</source>
        <translation>&amp;Открыть посылки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take in observations, reviews or receipts</source>
        <translation>Принять наблюдения, отзывы или квитанции</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deliver to the server for someone…</source>
        <translation>&amp;Доставить на сервер за другого…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a colleague&apos;s parcel to the server; their receipts come back in a file</source>
        <translation>Отправить посылку коллеги на сервер; его квитанции вернутся в файле</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drop parcel files here to open them.</source>
        <translation>Перетащите сюда файлы посылок, чтобы открыть их.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Folder for the parcel (a USB stick)</source>
        <translation>Папка для посылки (USB-флешка)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Parcel written: %n envelope(s).</source>
        <translation>
            <numerusform>Посылка записана: %n конверт.</numerusform>
            <numerusform>Посылка записана: %n конверта.</numerusform>
            <numerusform>Посылка записана: %n конвертов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They stay queued until a receipt comes back.</source>
        <translation>Они остаются в очереди, пока не вернётся квитанция.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Receipts: %n.</source>
        <translation>
            <numerusform>Квитанций: %n.</numerusform>
            <numerusform>Квитанций: %n.</numerusform>
            <numerusform>Квитанций: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>For %1: %n device(s), as the server lists them.</source>
        <translation>
            <numerusform>Для %1: %n устройство, по списку сервера.</numerusform>
            <numerusform>Для %1: %n устройства, по списку сервера.</numerusform>
            <numerusform>Для %1: %n устройств, по списку сервера.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>For %1: %n device(s), as this computer last knew them (%2); the server could not be asked.</source>
        <translation>
            <numerusform>Для %1: %n устройство, как его последний раз знал этот компьютер (%2); спросить сервер не удалось.</numerusform>
            <numerusform>Для %1: %n устройства, как их последний раз знал этот компьютер (%2); спросить сервер не удалось.</numerusform>
            <numerusform>Для %1: %n устройств, как их последний раз знал этот компьютер (%2); спросить сервер не удалось.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n device(s) that sent records are of an organisation this computer does not know, so they are not in this parcel: make one for each device id, or connect once:</source>
        <translation>
            <numerusform>%n устройство прислало записи, но его организация этому компьютеру не известна, поэтому его нет в этой посылке: сделайте посылку для его идентификатора или подключитесь один раз:</numerusform>
            <numerusform>%n устройства прислали записи, но их организация этому компьютеру не известна, поэтому их нет в этой посылке: сделайте посылку для каждого идентификатора или подключитесь один раз:</numerusform>
            <numerusform>%n устройств прислали записи, но их организация этому компьютеру не известна, поэтому их нет в этой посылке: сделайте посылку для каждого идентификатора или подключитесь один раз:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open parcels</source>
        <translation>Открыть посылки</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parcels to deliver</source>
        <translation>Посылки для доставки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the receipts (for the author)</source>
        <translation>Папка для квитанций (для автора)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receipts for the author: %1</source>
        <translation>Квитанции для автора: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: everything in it was here already; nothing changed.</source>
        <translation>%1: всё, что в ней есть, здесь уже было; ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 new, %3 already here, %4 receipts, %5 refused</source>
        <translation>%1: новых — %2, уже были — %3, квитанций — %4, отклонено — %5</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>  %n for other devices (left to them).</source>
        <translation>
            <numerusform>  %n — для другого устройства (оставлено ему).</numerusform>
            <numerusform>  %n — для других устройств (оставлены им).</numerusform>
            <numerusform>  %n — для других устройств (оставлены им).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … и ещё %n.</numerusform>
            <numerusform>  … и ещё %n.</numerusform>
            <numerusform>  … и ещё %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../desktop/ui/people_editor.py" line="+116"/>
        <source>Add a &amp;person</source>
        <translation>Добавить &amp;человека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one added yet.</source>
        <translation>Пока никто не добавлен.</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location line="-43"/>
        <source>(not set)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Name (optional)</source>
        <translation>Имя (необязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>Личность</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Age group</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Perpetrator type</source>
        <translation>Тип нарушителя</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Keep anonymous</source>
        <translation>Сохранить анонимность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name stays inside this record and is never shown in reports.</source>
        <translation>Имя остаётся только в этой записи и никогда не показывается в отчётах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this person</source>
        <translation>Удалить этого человека</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../desktop/ui/qt_texts.py" line="+23"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Родительский каталог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Подробный вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Перейти в родительский каталог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Создать новую папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Переключить в режим списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Переключить в подробный режим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Боковая панель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Места и закладки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Каталог:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Каталоги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Показать ск&amp;рытые файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Действительно удалить «%1»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Недавние документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Folder</source>
        <translation>Папка с файлами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Сохранить как</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="-38"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Мой компьютер</translation>
    </message>
</context>
<context>
    <name>ReceivedAttachmentsWidget</name>
    <message>
        <location filename="../desktop/ui/received_attachments.py" line="+173"/>
        <source>This record has no attachments.</source>
        <translation>У этой записи нет вложений.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on this laptop (encrypted)</source>
        <translation>на этом ноутбуке (зашифровано)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the server — fetched when opened</source>
        <translation>на сервере — загружается при открытии</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Fieldbook shows images itself. To open this file in another program, save a decrypted copy.</source>
        <translation>Fieldbook сам показывает изображения. Чтобы открыть этот файл в другой программе, сохраните расшифрованную копию.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetching %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This image cannot be shown.</source>
        <translation>Это изображение невозможно показать.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2 × %3 pixels · checked and decrypted in memory</source>
        <translation>%1 · %2 × %3 пикс. · проверено и расшифровано в памяти</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+9"/>
        <source>Save a decrypted copy</source>
        <translation>Сохранить расшифрованную копию</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Fieldbook keeps “%1” encrypted. A copy you save is NOT encrypted: anyone who uses this laptop or takes it can open it, and it stays where you put it until you delete it. Save a decrypted copy only if you need to open it in another program, and delete it afterwards.

Save a decrypted copy?</source>
        <translation>Fieldbook хранит «%1» в зашифрованном виде. Сохранённая копия НЕ зашифрована: её может открыть любой, кто пользуется этим ноутбуком или заберёт его, и она останется там, куда вы её положили, пока вы её не удалите. Сохраняйте расшифрованную копию, только если нужно открыть файл в другой программе, а потом удалите её.

Сохранить расшифрованную копию?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A decrypted copy was saved to %1. It is not encrypted.</source>
        <translation>Расшифрованная копия сохранена в %1. Она не зашифрована.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The attachment could not be opened.</source>
        <translation>Не удалось открыть вложение.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Attachments stay on the server until you open one. It is then fetched, checked and decrypted in memory; only its encrypted form is kept on this laptop.</source>
        <translation>Вложения остаются на сервере, пока вы не откроете одно из них. Тогда оно загружается, проверяется и расшифровывается в памяти; на этом ноутбуке хранится только его зашифрованный вид.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a decrypted &amp;copy…</source>
        <translation>Сохранить расшифрованную &amp;копию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
</context>
<context>
    <name>ReceivedFilterBar</name>
    <message>
        <location filename="../desktop/ui/received/filter_bar.py" line="+107"/>
        <source>All organisations</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All authors</source>
        <translation>Все авторы</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Any review state</source>
        <translation>Любое состояние проверки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review state filter</source>
        <translation>Фильтр по состоянию проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation filter</source>
        <translation>Фильтр по организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author filter</source>
        <translation>Фильтр по автору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread only</source>
        <translation>Только непрочитанные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New records, and records changed since you opened them</source>
        <translation>Новые записи и записи, изменённые с тех пор, как вы их открывали</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident from</source>
        <translation>Событие с</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Received from</source>
        <translation>Получено с</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received until</source>
        <translation>Получено по</translation>
    </message>
</context>
<context>
    <name>ReceivedListView</name>
    <message>
        <location filename="../desktop/ui/received/list_view.py" line="+164"/>
        <source>Mark %1 as received…</source>
        <extracomment>(unread, not reviewed yet): for the section&apos;s badge a bulk review was sealed: how many records the next/previous unreviewed record was looked for: (record id or &quot;&quot;, forward)</extracomment>
        <translation>Отметить %1 как полученные…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as received…</source>
        <translation>Отметить как полученное…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <location line="+43"/>
        <source>Review</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Some selected rows are still loading. Try again in a moment.</source>
        <translation>Некоторые выбранные строки ещё загружаются. Повторите через мгновение.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Mark %n selected record(s) as received? Each gets its own sealed review, sent with the next sync.</source>
        <translation>
            <numerusform>Отметить %n выбранную запись как полученную? Каждая получит свой запечатанный отзыв, он уйдёт при следующей синхронизации.</numerusform>
            <numerusform>Отметить %n выбранные записи как полученные? Каждая получит свой запечатанный отзыв, он уйдёт при следующей синхронизации.</numerusform>
            <numerusform>Отметить %n выбранных записей как полученные? Каждая получит свой запечатанный отзыв, он уйдёт при следующей синхронизации.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The reviews could not be sealed.</source>
        <translation>Не удалось запечатать отзывы.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Search received observations</source>
        <translation>Поиск полученных наблюдений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received observations</source>
        <translation>Полученные наблюдения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review selected</source>
        <translation>Отзыв на выбранные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review every selected record at once (select with Shift or Ctrl)</source>
        <translation>Дать отзыв сразу на все выбранные записи (выбор — с Shift или Ctrl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review selected with a decision…</source>
        <translation>Отзыв на выбранные с решением…</translation>
    </message>
</context>
<context>
    <name>ReceivedRecordView</name>
    <message>
        <location filename="../desktop/ui/received/record_view.py" line="+206"/>
        <source>This record could not be read.</source>
        <extracomment>the record shown, once read (tests): record id asks the list for the next (True) or previous (False) unreviewed record after this one</extracomment>
        <translation>Не удалось прочитать эту запись.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+72"/>
        <location line="+14"/>
        <source>Received observation</source>
        <translation>Полученное наблюдение</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>(no title)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>received %1</source>
        <translation>получено %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revision %1</source>
        <translation>редакция %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review state: %1</source>
        <translation>Состояние проверки: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New or changed since you last opened it.</source>
        <translation>Новое или изменилось с тех пор, как вы открывали его в последний раз.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Attachments (%n)</source>
        <translation>
            <numerusform>Вложения (%n)</numerusform>
            <numerusform>Вложения (%n)</numerusform>
            <numerusform>Вложения (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No attachments</source>
        <translation>Вложений нет</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Looking…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No unreviewed record after this one in the list.</source>
        <translation>После этой записи в списке нет записей без отзыва.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unreviewed record before this one in the list.</source>
        <translation>Перед этой записью в списке нет записей без отзыва.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions and changes</source>
        <translation>Редакции и изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous unreviewed</source>
        <translation>Предыдущая без отзыва</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the previous record nobody has reviewed yet (Ctrl+[)</source>
        <translation>Показать предыдущую запись, на которую ещё никто не дал отзыв (Ctrl+[)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next unreviewed</source>
        <translation>Следующая без отзыва</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the next record nobody has reviewed yet (Ctrl+])</source>
        <translation>Показать следующую запись, на которую ещё никто не дал отзыв (Ctrl+])</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>&amp;Отзыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send review</source>
        <translation>Отправить отзыв</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflict: the author&apos;s device sent two different revisions made from the same earlier one.</source>
        <translation>Конфликт: устройство автора прислало две разные редакции, сделанные из одной предыдущей.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See both side by side…</source>
        <translation>Сравнить обе рядом…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record, read-only</source>
        <translation>Запись, только для чтения</translation>
    </message>
</context>
<context>
    <name>ReceivedTableModel</name>
    <message>
        <location filename="../desktop/ui/received/table_model.py" line="+29"/>
        <source>Incident date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review state</source>
        <translation>Состояние проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Conflict</source>
        <extracomment>device id -&gt; readable author (&quot;Mary office, Mary Hukuk&quot;), set by the list view organisation id -&gt; name, set by the list view</extracomment>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>New or changed since you last opened it</source>
        <translation>Новое или изменилось с тех пор, как вы открывали его в последний раз</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n вложение</numerusform>
            <numerusform>%n вложения</numerusform>
            <numerusform>%n вложений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two revisions share a parent: open the record to see which one counts.</source>
        <translation>Две редакции сделаны из одной предыдущей: откройте запись, чтобы увидеть, какая действует.</translation>
    </message>
</context>
<context>
    <name>ReceivedTexts</name>
    <message>
        <location filename="../desktop/ui/received/texts.py" line="+16"/>
        <source>Not reviewed yet</source>
        <extracomment>A received record&apos;s status is its review state; &quot;sent&quot; means nobody reviewed it yet.</extracomment>
        <translation>Ещё без отзыва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs information</source>
        <translation>Нужны сведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When two coordinators&apos; reviews cross, the one the server took last stands: every machine orders reviews by the server&apos;s sequence number, never by the time a laptop claims, so all of them show the same current review.</source>
        <extracomment>What a coordinator may decide (ReviewService.REVIEW_STATUSES), in the order offered.</extracomment>
        <translation>Если отзывы двух координаторов пересеклись, действует тот, который сервер принял последним: каждый компьютер упорядочивает отзывы по порядковому номеру сервера, а не по времени, которое сообщает ноутбук, поэтому все показывают один и тот же текущий отзыв.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asked to stay anonymous</source>
        <translation>Просил(а) сохранить анонимность</translation>
    </message>
</context>
<context>
    <name>ReferencesEdit</name>
    <message>
        <location filename="../desktop/ui/recommendation_links.py" line="+64"/>
        <source>One per line, e.g. A/HRC/39/3 para 114.12</source>
        <translation>По одной в строке, напр. A/HRC/39/3 para 114.12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN recommendations</source>
        <translation>Рекомендации ООН</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../desktop/ui/received/review_panel.py" line="+65"/>
        <source>not sent yet</source>
        <extracomment>The longest comment a review carries (the field worker reads it in a small box).</extracomment>
        <translation>ещё не отправлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the review that stands</source>
        <translation>действующий отзыв</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No review yet.</source>
        <extracomment>a review was sealed: (record id, status) the reviews of the record shown were read (tests)</extracomment>
        <translation>Отзывов пока нет.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The comment is too long (at most %1 characters).</source>
        <translation>Комментарий слишком длинный (не более %1 символов).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say what is missing: the field worker reads this comment.</source>
        <translation>Укажите, чего не хватает: полевой сотрудник прочтёт этот комментарий.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sealing the review…</source>
        <translation>Отзыв запечатывается…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review sealed: it is sent with the next sync (F9 syncs now).</source>
        <translation>Отзыв запечатан и уйдёт при следующей синхронизации (F9 — синхронизировать сейчас).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The review could not be sealed.</source>
        <translation>Не удалось запечатать отзыв.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your review</source>
        <translation>Ваш отзыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Comment for the field worker (needed when asking for information):</source>
        <translation>&amp;Комментарий для полевого сотрудника (нужен при запросе сведений):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send review</source>
        <translation>Отправить отзыв</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seal this review; it is sent with the next sync (Ctrl+Enter)</source>
        <translation>Запечатать отзыв; он уйдёт при следующей синхронизации (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Reviews so far</source>
        <translation>Отзывы</translation>
    </message>
</context>
<context>
    <name>ReviewThread</name>
    <message>
        <location filename="../desktop/ui/review_thread.py" line="+135"/>
        <location line="+8"/>
        <source>The coordinators&apos; reviews</source>
        <translation>Отзывы координаторов</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Your reply (optional): it is sent with your changes, when you mark the record ready to send.</source>
        <translation>Ваш ответ (необязательно): он уйдёт вместе с вашими изменениями, когда вы отметите запись как готовую к отправке.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply to the coordinator</source>
        <translation>Ответ координатору</translation>
    </message>
</context>
<context>
    <name>RevisionsPanel</name>
    <message>
        <location filename="../desktop/ui/received/revisions.py" line="+97"/>
        <source>Revision %1</source>
        <extracomment>the longest text a diff cell shows (the tooltip has it all) the changes of the chosen revision are in the table (tests)</extracomment>
        <translation>Редакция %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a reply</source>
        <translation>с ответом</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The first revision received: nothing to compare with.</source>
        <translation>Первая полученная редакция: сравнивать не с чем.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recorded field changed in this revision.</source>
        <translation>В этой редакции ни одно поле не изменилось.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Every revision the author sent is kept. Choose one to see what changed since the revision before it.</source>
        <translation>Каждая присланная автором редакция сохраняется. Выберите редакцию, чтобы увидеть, что изменилось по сравнению с предыдущей.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisions</source>
        <translation>Редакции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="+143"/>
        <source>The two new passphrases are not the same.</source>
        <translation>Две новые парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use at least 8 characters.</source>
        <translation>Используйте не меньше 8 символов.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Парольная фраза изменена. Теперь используйте новую.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock &amp;automatically after:</source>
        <translation>&amp;Автоблокировка через:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes without use before Fieldbook locks</source>
        <translation>Минут бездействия до блокировки Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Повторите новую:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1.</source>
        <translation>Подключено к %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected. Records stay on this computer until you connect.</source>
        <translation>Не подключено. Записи остаются на этом компьютере, пока вы не подключитесь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Подключиться к серверу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your data is</source>
        <translation>Где хранятся данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile folder:</source>
        <translation>Папка профиля:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder:</source>
        <translation>Папка журналов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;bout Fieldbook</source>
        <translation>&amp;О программе</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <location filename="../desktop/ui/sizes.py" line="+12"/>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <location filename="../desktop/ui/sync_log_dialog.py" line="+34"/>
        <source>Sync log</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>info</source>
        <translation>сведения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../desktop/ui/sync_status.py" line="+58"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n ожидает отправки</numerusform>
            <numerusform>%n ожидают отправки</numerusform>
            <numerusform>%n ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing waiting to send</source>
        <translation>нечего отправлять</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>attachments waiting to send: %1</source>
        <translation>вложения ждут отправки: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected to a server</source>
        <translation>Нет подключения к серверу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending %1 of %2</source>
        <translation>Отправка: %1 из %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending attachments: %1 of %2</source>
        <translation>Отправка вложений: %1 из %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receiving…</source>
        <translation>Получение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>На связи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to date · last sync %1</source>
        <translation>Всё актуально · последняя синхронизация %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to date</source>
        <translation>Всё актуально</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Send and receive now (F9)</source>
        <translation>Отправить и получить сейчас (F9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What sync did, without content</source>
        <translation>Что сделала синхронизация — без содержимого записей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync log</source>
        <translation>Журнал синхронизации</translation>
    </message>
</context>
<context>
    <name>TaxonomyPicker</name>
    <message>
        <location filename="../desktop/ui/taxonomy_picker.py" line="+231"/>
        <source>Nothing chosen yet.</source>
        <translation>Пока ничего не выбрано.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Chosen (%n):</source>
        <translation>
            <numerusform>Выбрано (%n):</numerusform>
            <numerusform>Выбрано (%n):</numerusform>
            <numerusform>Выбрано (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search in Turkmen, Russian or English</source>
        <translation>Поиск на туркменском, русском или английском</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search rights</source>
        <translation>Поиск прав</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search types of act</source>
        <translation>Поиск видов действий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rights affected</source>
        <translation>Затронутые права</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Types of act</source>
        <translation>Виды действий</translation>
    </message>
</context>
<context>
    <name>TaxonomyPickerDialog</name>
    <message>
        <location line="+27"/>
        <source>Choose rights</source>
        <translation>Выбор прав</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose types of act</source>
        <translation>Выбор видов действий</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../desktop/ui/unlock.py" line="+174"/>
        <source>The profile could not be opened (%1).</source>
        <extracomment>Failures allowed before delays start, first delay (seconds), and the cap.</extracomment>
        <translation>Не удалось открыть профиль (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That passphrase did not open the profile. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Эта парольная фраза не открыла профиль. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Повторить можно через %n секунду.</numerusform>
            <numerusform>Повторить можно через %n секунды.</numerusform>
            <numerusform>Повторить можно через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter your passphrase to open your records.</source>
        <translation>Введите парольную фразу, чтобы открыть свои записи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>UprThemeList</name>
    <message>
        <location filename="../desktop/ui/recommendation_links.py" line="+80"/>
        <source>Filter the themes</source>
        <translation>Фильтр тем</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter the UPR themes</source>
        <translation>Фильтр тем УПО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPR themes</source>
        <translation>Темы УПО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme names of the UN Human Rights Index (UPR cycle in brackets).</source>
        <translation>Названия тем Универсального индекса ООН по правам человека (в скобках — цикл УПО).</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../desktop/core/errors.py" line="+15"/>
        <source>Something went wrong.</source>
        <translation>Что-то пошло не так.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no profile in this folder yet.</source>
        <translation>В этой папке ещё нет профиля.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A profile already exists in this folder.</source>
        <translation>В этой папке уже есть профиль.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase is not correct.</source>
        <translation>Парольная фраза неверна.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is not a Fieldbook profile, or it is damaged.</source>
        <translation>Этот файл не является профилем Fieldbook или повреждён.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase must be at least 8 characters.</source>
        <translation>Парольная фраза должна быть не короче 8 символов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile is locked.</source>
        <translation>Профиль заблокирован.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record does not exist.</source>
        <translation>Такой записи нет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../desktop/core/observations/common.py" line="+21"/>
        <source>This status change is not allowed.</source>
        <translation>Такая смена статуса недопустима.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment could not be read or written.</source>
        <translation>Не удалось прочитать или записать вложение.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read as CSV or JSON.</source>
        <translation>Файл не читается как CSV или JSON.</translation>
    </message>
    <message>
        <location filename="../desktop/core/field_errors.py" line="+39"/>
        <source>This value has the wrong type.</source>
        <translation>У этого значения неверный тип.</translation>
    </message>
    <message>
        <location filename="../desktop/core/observations/common.py" line="-3"/>
        <source>This observation was sent and can no longer be changed by its author.</source>
        <translation>Это наблюдение отправлено, и автор больше не может его изменить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This observation is already on its way and cannot be withdrawn.</source>
        <translation>Это наблюдение уже отправляется, его нельзя отозвать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a draft that was never sent can be deleted.</source>
        <translation>Удалить можно только черновик, который ни разу не отправлялся.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This observation was received from another device and cannot be changed here.</source>
        <translation>Это наблюдение получено с другого устройства, и здесь его изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/coordination.py" line="+42"/>
        <source>The key file&apos;s passphrase must be at least 16 characters with some variety (several words, say): the file opens every observation of the network.</source>
        <translation>Пароль файла ключа должен быть не короче 16 символов и разнообразным (например, несколько слов): этот файл открывает все наблюдения сети.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is not a Fieldbook coordination key file.</source>
        <translation>Это не файл ключа координации Fieldbook.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/errors.py" line="+17"/>
        <source>The server answered in a way Fieldbook does not understand.</source>
        <extracomment>a later attempt may succeed without anybody doing anything</extracomment>
        <translation>Сервер ответил так, что Fieldbook не может это понять.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server cannot be reached. Fieldbook will try again when the connection returns.</source>
        <extracomment>filled in by the transport when the error came from an HTTP answer</extracomment>
        <translation>Сервер недоступен. Fieldbook попробует снова, когда связь восстановится.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The proxy refused the connection. Check the proxy settings.</source>
        <translation>Прокси отказал в подключении. Проверьте настройки прокси.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something other than the Fieldbook server answered (a login page, a block page or a filter). Nothing was sent.</source>
        <translation>Ответил не сервер Fieldbook (страница входа, страница блокировки или фильтр). Ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server did not prove it is the one this device enrolled with. Nothing was sent.</source>
        <translation>Сервер не доказал, что он тот же, к которому подключено это устройство. Ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This computer&apos;s clock is too far from the server&apos;s. Correct the date and time.</source>
        <translation>Часы этого компьютера сильно расходятся с часами сервера. Исправьте дату и время.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invitation code is not known to the server.</source>
        <translation>Сервер не знает этот код приглашения.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server address is not encrypted (http://). Anyone on the way could read and change what is sent. Ask your coordinator for an https:// address.</source>
        <translation>Этот адрес сервера не зашифрован (http://). Любой на пути может прочитать и изменить то, что отправляется. Попросите у координатора адрес https://.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The invitation has expired. Ask your coordinator for a new one.</source>
        <translation>Срок приглашения истёк. Попросите у координатора новое.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invitation has already been used. Ask your coordinator for a new one.</source>
        <translation>Приглашение уже использовано. Попросите у координатора новое.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server offered a coordination key that your invitation does not vouch for. Do not use this server; tell your coordinator.</source>
        <translation>Сервер предложил ключ координации, который не подтверждён вашим приглашением. Не используйте этот сервер и сообщите координатору.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reviews are made with the network&apos;s coordination key. Import the coordination key file first.</source>
        <translation>Отзывы составляются с ключом координации сети. Сначала импортируйте файл ключа координации.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a coordinator&apos;s device connected to the server can make invitation codes.</source>
        <translation>Коды приглашения может создавать только устройство координатора, подключённое к серверу.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is not connected to a server yet.</source>
        <translation>Это устройство ещё не подключено к серверу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server no longer accepts this device. Ask your coordinator.</source>
        <translation>Сервер больше не принимает это устройство. Обратитесь к координатору.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server has no room left. Your records are kept here and will be sent later.</source>
        <translation>На сервере не осталось места. Ваши записи хранятся здесь и будут отправлены позже.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server is busy. Fieldbook will try again.</source>
        <translation>Сервер занят. Fieldbook попробует ещё раз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server had a problem. Fieldbook will try again later.</source>
        <translation>На сервере произошла ошибка. Fieldbook попробует позже.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server was restored from a backup; Fieldbook will check everything again.</source>
        <translation>Сервер восстановлен из резервной копии; Fieldbook всё проверит заново.</translation>
    </message>
    <message>
        <location filename="../desktop/core/import_export.py" line="+28"/>
        <source>An observation with this id already exists.</source>
        <translation>Наблюдение с таким идентификатором уже существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This line is not UTF-8 text. Save the file as CSV UTF-8 (columns separated by , or ;, dates as YYYY-MM-DD) or as JSON.</source>
        <translation>Эта строка не в кодировке UTF-8. Сохраните файл как «CSV UTF-8» (столбцы разделены , или ;, даты в виде ГГГГ-ММ-ДД) или как JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first line must name the columns (title, date_start, velayat, …), separated by , or ;. Dates are written YYYY-MM-DD; the file is UTF-8 text.</source>
        <translation>Первая строка должна содержать названия столбцов (title, date_start, velayat, …), разделённые , или ;. Даты записываются как ГГГГ-ММ-ДД; файл — текст в UTF-8.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This line cannot be read as CSV (check its quotes). Expected: UTF-8 text, columns separated by , or ;, dates as YYYY-MM-DD.</source>
        <translation>Эту строку не удаётся прочитать как CSV (проверьте кавычки). Ожидается: текст в UTF-8, столбцы разделены , или ;, даты в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This line cannot be read as JSON. Expected: UTF-8 text holding a list of observations, dates as YYYY-MM-DD.</source>
        <translation>Эту строку не удаётся прочитать как JSON. Ожидается: текст в UTF-8 со списком наблюдений, даты в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A JSON import holds a list of observations (or {&quot;observations&quot;: [...]}).</source>
        <translation>Файл JSON для импорта содержит список наблюдений (или {&quot;observations&quot;: [...]}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fieldbook imports .csv and .json files: UTF-8 text, CSV columns separated by , or ;, dates as YYYY-MM-DD.</source>
        <translation>Fieldbook импортирует файлы .csv и .json: текст в UTF-8, столбцы CSV разделены , или ;, даты в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported observations are draft or queued.</source>
        <translation>Импортированные наблюдения могут быть только черновиками или в очереди.</translation>
    </message>
    <message>
        <location filename="../desktop/core/validation.py" line="+40"/>
        <source>This field is required.</source>
        <extracomment>Earlier incident dates are typing slips (1900, 0025 for 2025), not history to record here.</extracomment>
        <translation>Это поле обязательно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text is too long.</source>
        <translation>Этот текст слишком длинный.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Введите дату в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is in the future.</source>
        <translation>Эта дата ещё не наступила.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is before 1950: check the year.</source>
        <translation>Дата раньше 1950 года: проверьте год.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the offered values.</source>
        <translation>Выберите одно из предложенных значений.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is not in the reference list.</source>
        <translation>Этого кода нет в справочнике.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is listed twice.</source>
        <translation>Этот код указан дважды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This etrap is not in the chosen velayat. The etraps of that velayat:</source>
        <translation>Этот этрап не входит в выбранный велаят. Этрапы этого велаята:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This velayat code is not known. Valid codes:</source>
        <translation>Неизвестный код велаята. Допустимые коды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This etrap code is not known. Valid codes:</source>
        <translation>Неизвестный код этрапа. Допустимые коды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the velayat before the etrap.</source>
        <translation>Сначала выберите велаят, потом этрап.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Укажите и широту, и долготу — или ни то, ни другое.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These coordinates are outside Turkmenistan.</source>
        <translation>Эти координаты за пределами Туркменистана.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing is only possible when consent was obtained.</source>
        <translation>Передавать можно, только если получено согласие.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A perpetrator type applies only to an alleged perpetrator.</source>
        <translation>Тип нарушителя указывается только для предполагаемого нарушителя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags are short words, 1 to 64 characters.</source>
        <translation>Метки — короткие слова от 1 до 64 символов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record id must be 32 lowercase hex digits.</source>
        <translation>Идентификатор записи — 32 строчные шестнадцатеричные цифры.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An end date needs a start date.</source>
        <translation>Для даты окончания нужна дата начала.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a recommendation as its document symbol and paragraph, e.g. A/HRC/39/3 para 114.12.</source>
        <translation>Укажите рекомендацию как условное обозначение документа и пункт, напр. A/HRC/39/3 para 114.12.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write an SDG target as goal.target, e.g. 16.10.</source>
        <translation>Укажите задачу ЦУР в виде цель.задача, напр. 16.10.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/engine.py" line="+87"/>
        <source>Sync finished.</source>
        <translation>Синхронизация завершена.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The server&apos;s list of devices could not be read.</source>
        <translation>Не удалось прочитать список устройств с сервера.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The server was restored from a backup.</source>
        <translation>Сервер восстановлен из резервной копии.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/push.py" line="+212"/>
        <source>The server asked for envelopes again.</source>
        <extracomment>envelopes in the first push of a sync: the first testimony arrives in seconds even with thousands queued behind it on a 256 kbit/s line verified receipts stored together (or after this long) an outbox row as a push reads it: seq, envelope id, kind, record id, rev, envelope bytes a push answer&apos;s verified receipts by the index of the envelope in the request bytes of envelopes per push request, adapted to the measured throughput the batch after the one in flight, read while the server works on that one</extracomment>
        <translation>Сервер снова запросил конверты.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>The server&apos;s receipt did not verify.</source>
        <extracomment>(server sequence, envelope id) of reviews: they are ordered by it</extracomment>
        <translation>Квитанция сервера не прошла проверку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused an envelope.</source>
        <translation>Сервер отклонил конверт.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/pull.py" line="+129"/>
        <source>A received envelope was malformed.</source>
        <extracomment>an envelope as parsed (None: it did not parse) and the page item it came in</extracomment>
        <translation>Полученный конверт повреждён.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An envelope&apos;s author is unknown.</source>
        <translation>Автор конверта неизвестен.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A received envelope could not be opened.</source>
        <translation>Полученный конверт не удалось открыть.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A revision of another device&apos;s record was ignored: only its author revises a record.</source>
        <translation>Редакция чужой записи с другого устройства отклонена: изменять запись может только её автор.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>An envelope claiming to come from this computer was refused.</source>
        <translation>Конверт, будто бы отправленный с этого компьютера, отклонён.</translation>
    </message>
    <message>
        <location filename="../desktop/core/reviews.py" line="+220"/>
        <source>A review not made with the network&apos;s coordination key was refused.</source>
        <translation>Отзыв, составленный не с ключом координации сети, отклонён.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A review was kept; the observation changed since.</source>
        <translation>Отзыв сохранён; наблюдение с тех пор изменилось.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/enrolment.py" line="+48"/>
        <source>The invitation code is mistyped or incomplete. Copy it again in full, or ask your coordinator to send it again.</source>
        <translation>Код приглашения введён с ошибкой или не полностью. Скопируйте его снова целиком или попросите координатора прислать его ещё раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This invitation needs a newer Fieldbook. Update Fieldbook, then try again.</source>
        <translation>Для этого приглашения нужна более новая версия Fieldbook. Обновите Fieldbook и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>This device was connected to the server.</source>
        <translation>Это устройство подключено к серверу.</translation>
    </message>
    <message>
        <location filename="../desktop/core/database.py" line="+42"/>
        <source>This profile was saved by a newer version of Fieldbook. Install that version or a later one to open it; the profile has not been changed.</source>
        <translation>Этот профиль сохранён более новой версией Fieldbook. Чтобы открыть его, установите эту версию или более позднюю; профиль не изменён.</translation>
    </message>
    <message>
        <location filename="../desktop/core/reports/anonymise.py" line="+16"/>
        <source>[name withheld]</source>
        <translation>[имя скрыто]</translation>
    </message>
    <message>
        <location filename="../desktop/core/reports/disclosure.py" line="+44"/>
        <source>The smallest count to publish must be between 3 and 10, and at least as large for etraps as for velayats.</source>
        <translation>Наименьшее публикуемое число должно быть от 3 до 10, и для этрапов не меньше, чем для велаятов.</translation>
    </message>
    <message>
        <location filename="../desktop/core/reports/texts.py" line="+11"/>
        <source>Documented human rights cases</source>
        <translation>Задокументированные случаи нарушений прав человека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission to the Universal Periodic Review of Turkmenistan</source>
        <translation>Материалы к Универсальному периодическому обзору Туркменистана</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period: {start} to {end}</source>
        <translation>Период: с {start} по {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by {org} on {date}. Draft for editing.</source>
        <translation>Подготовлено: {org}, {date}. Черновик для редактирования.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period and selection</source>
        <translation>Период и выборка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report covers incidents from {start} to {end}. The selection holds {total} documented cases; {counted} of them count in this document.</source>
        <translation>Отчёт охватывает события с {start} по {end}. В выборке {total} задокументированных случаев; в этом документе учтено {counted} из них.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selection: {filters}.</source>
        <translation>Выборка: {filters}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{left} cases were left out because the people concerned did not consent to their use by the institution.</source>
        <translation>Не учтено случаев: {left}, так как затронутые люди не дали согласия на их использование учреждением.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{left} cases were left out because the people concerned did not consent to their use in an anonymised public report.</source>
        <translation>Не учтено случаев: {left}, так как затронутые люди не дали согласия на их использование в анонимизированном публичном отчёте.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Method and caveats</source>
        <translation>Метод и оговорки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cases were documented by human rights defenders with Fieldbook: each record holds the incident&apos;s date and place, the rights affected, the types of act, the people involved, the source and the consent given.</source>
        <translation>Случаи задокументированы правозащитниками в Fieldbook: каждая запись содержит дату и место события, затронутые права, виды действий, участвующих лиц, источник и данное согласие.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documented cases are not a sample of the population. They show what was documented, where and when someone could document it; they do not show how common any violation is, and no figure here is a prevalence or a trend in the country.</source>
        <translation>Задокументированные случаи не являются выборкой населения. Они показывают то, что удалось задокументировать, там и тогда, где и когда это было возможно; они не показывают, насколько распространено какое-либо нарушение, и ни одна цифра здесь не является показателем распространённости или тенденции в стране.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To protect the people concerned, counts from 1 to {small} are not shown ({etrap} for etraps), nor are the other counts from which they could be worked out; each is marked {mark}. Zero is shown.</source>
        <translation>Для защиты затронутых людей числа от 1 до {small} не показаны (для этрапов — до {etrap}), как и другие числа, по которым их можно было бы вычислить; каждое такое число обозначено знаком {mark}. Ноль показывается.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A case may concern several rights, types of act or people, so it may count in more than one row of a table.</source>
        <translation>Случай может касаться нескольких прав, видов действий или людей, поэтому он может учитываться в нескольких строках таблицы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary tables</source>
        <translation>Сводные таблицы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases by {dimension}</source>
        <translation>Случаи — {dimension}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases by {rows} and {columns}</source>
        <translation>Случаи — {rows} и {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases by right</source>
        <translation>Случаи по правам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} documented cases in this period concern this right.</source>
        <translation>Задокументированных случаев за период, касающихся этого права: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of documented cases concerning this right is not shown, to protect the people concerned.</source>
        <translation>Число задокументированных случаев, касающихся этого права, не показано ради защиты затронутых людей.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Illustrative cases (anonymised; not every documented case is told):</source>
        <translation>Показательные случаи (анонимизированы; описаны не все задокументированные случаи):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case {number}. {when}, {where}. {acts}{text}</source>
        <translation>Случай {number}. {when}, {where}. {acts}{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place not recorded</source>
        <translation>место не указано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This submission by {org} draws on {counted} human rights cases documented from {start} to {end}, whose people consented to their use.</source>
        <translation>Настоящие материалы {org} основаны на {counted} случаях нарушений прав человека, задокументированных с {start} по {end}, участники которых дали согласие на их использование.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommendations: the office adds here what became of the recommendations Turkmenistan received and what it asks the State to do.</source>
        <translation>Рекомендации: здесь офис указывает, что стало с рекомендациями, полученными Туркменистаном, и чего он просит от государства.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key figures</source>
        <translation>Основные цифры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No case in this selection counts in this document.</source>
        <translation>Ни один случай из выборки не учтён в этом документе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: documented cases by velayat (hatched: not shown, to protect people).</source>
        <translation>Карта: задокументированные случаи по велаятам (штриховка: не показано ради защиты людей).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart: the rights most often documented.</source>
        <translation>Диаграмма: права, нарушения которых документировались чаще всего.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex: UN recommendations and documented cases</source>
        <translation>Приложение: рекомендации ООН и задокументированные случаи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table gives, for each UN recommendation, the number of documented cases in this document that the field workers linked to it. A case may bear on several recommendations. The same protection applies as to the other tables.</source>
        <translation>В таблице для каждой рекомендации ООН указано число задокументированных случаев в этом документе, которые полевые сотрудники связали с ней. Случай может относиться к нескольким рекомендациям. Действует та же защита, что и для других таблиц.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases by UN recommendation</source>
        <translation>Случаи по рекомендациям ООН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No UN recommendations were loaded and no case is linked to one. Load the recommendations from the Universal Human Rights Index to list them here.</source>
        <translation>Рекомендации ООН не загружены, и ни один случай с ними не связан. Загрузите рекомендации из Универсального индекса по правам человека, чтобы они были перечислены здесь.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No case in this document is linked to a UN recommendation.</source>
        <translation>Ни один случай в этом документе не связан с рекомендацией ООН.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Ответ государства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supported</source>
        <translation>поддержана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noted</source>
        <translation>принята к сведению</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was cancelled.</source>
        <translation>Формирование отчёта отменено.</translation>
    </message>
    <message>
        <location filename="../desktop/core/reports/figures.py" line="+67"/>
        <source>Velayat</source>
        <extracomment>Dimension name → the category kind it reads (None: a list column or the date). Act types at one level of the tree: ``act:0`` (the broadest) to ``act:4``. Dimensions where a record may count in several categories.</extracomment>
        <translation>Велаят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etrap</source>
        <translation>Этрап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review state</source>
        <translation>Состояние проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right affected</source>
        <translation>Затронутое право</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of act</source>
        <translation>Вид действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex of victims</source>
        <translation>Пол пострадавших</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age group of victims</source>
        <translation>Возрастная группа пострадавших</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator type</source>
        <translation>Тип нарушителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source type</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up action</source>
        <translation>Последующее действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up outcome</source>
        <translation>Итог последующих действий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN recommendation</source>
        <translation>Рекомендация ООН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPR theme</source>
        <translation>Тема УПО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDG target</source>
        <translation>Задача ЦУР</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all actions done</source>
        <translation>все действия выполнены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actions still open</source>
        <translation>есть невыполненные действия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown dimension: {name}.</source>
        <translation>Неизвестный разрез: {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/parcel_parts.py" line="+34"/>
        <source>This file is not a whole parcel of this network: nothing was taken from it.</source>
        <translation>Этот файл — не целая посылка этой сети: из него ничего не взято.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This parcel was changed or damaged after it was made (its signature no longer matches): nothing was taken from it.</source>
        <translation>Эту посылку изменили или повредили после того, как она была сделана (её подпись больше не совпадает): из неё ничего не взято.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This parcel is incomplete: the copy was cut short. Nothing was taken from it; copy the file again.</source>
        <translation>Посылка неполная: копия оборвалась. Из неё ничего не взято; скопируйте файл ещё раз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This parcel belongs to another Fieldbook network (another server): nothing was taken from it.</source>
        <translation>Эта посылка принадлежит другой сети Fieldbook (другому серверу): из неё ничего не взято.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file is not a Fieldbook parcel.</source>
        <translation>Этот файл не является посылкой Fieldbook.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connect this profile to a server once before making or opening parcels.</source>
        <translation>Прежде чем собирать или открывать посылки, один раз подключите этот профиль к серверу.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/device_proof.py" line="+41"/>
        <source>The server&apos;s proof of enrolment did not verify.</source>
        <extracomment>the ``sync_state`` key it is kept under</extracomment>
        <translation>Подтверждение регистрации от сервера не прошло проверку.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/parcel.py" line="+289"/>
        <source>An attachment in a parcel was damaged.</source>
        <translation>Вложение в посылке было повреждено.</translation>
    </message>
    <message>
        <location filename="../desktop/core/network.py" line="+39"/>
        <source>Only a coordinator&apos;s device connected to the server can manage the network.</source>
        <translation>Сетью может управлять только устройство координатора, подключённое к серверу.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An organisation with this name exists already.</source>
        <translation>Организация с таким названием уже есть.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An organisation needs a name (1 to 200 characters) and one of the velayats: Ahal, Balkan, Daşoguz, Lebap, Mary, Aşgabat.</source>
        <translation>Организации нужны название (от 1 до 200 знаков) и один из велаятов: Ахал, Балкан, Дашогуз, Лебап, Мары, Ашхабад.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server knows no device with this id.</source>
        <translation>Сервер не знает устройства с таким идентификатором.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server knows no such organisation.</source>
        <translation>Сервер не знает такой организации.</translation>
    </message>
    <message>
        <location filename="../desktop/core/reports/uhri.py" line="+31"/>
        <source>This file is not a Universal Human Rights Index export: expected a JSON or XLSX file downloaded from uhri.ohchr.org.</source>
        <translation>Этот файл не является выгрузкой Универсального индекса по правам человека: ожидался файл JSON или XLSX, скачанный с uhri.ohchr.org.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The JSON file does not hold a list of recommendations: expected a list of objects with the fields Symbol and Text.</source>
        <translation>JSON-файл не содержит списка рекомендаций: ожидался список объектов с полями Symbol и Text.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sheet has no Symbol and Text columns: expected the header row of a Universal Human Rights Index export.</source>
        <translation>На листе нет столбцов Symbol и Text: ожидалась строка заголовков выгрузки Универсального индекса по правам человека.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A recommendation has no valid document symbol (such as A/HRC/39/3), or its text does not begin with its paragraph number (such as 114.12). Nothing was imported.</source>
        <translation>У рекомендации нет правильного обозначения документа (например, A/HRC/39/3), или её текст не начинается с номера пункта (например, 114.12). Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds no recommendations.</source>
        <translation>В файле нет рекомендаций.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large for a recommendations export.</source>
        <translation>Файл слишком велик для выгрузки рекомендаций.</translation>
    </message>
    <message>
        <location filename="../desktop/core/received_files.py" line="+61"/>
        <source>This file is too large to show here. Save a decrypted copy to open it.</source>
        <translation>Этот файл слишком велик, чтобы показать его здесь. Чтобы открыть его, сохраните расшифрованную копию.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The attachment does not open with the key its record holds, or is not the file the author recorded. It was not shown.</source>
        <translation>Вложение не открывается ключом из его записи или это не тот файл, который записал автор. Оно не показано.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>An attachment arrived damaged; it was not shown and is fetched again.</source>
        <translation>Вложение пришло повреждённым; оно не показано и загружается заново.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/blob_download.py" line="+56"/>
        <source>The download was stopped. It continues from where it stopped next time.</source>
        <translation>Загрузка остановлена. В следующий раз она продолжится с того места, где остановилась.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The attachment arrived damaged several times and was not shown. The server&apos;s copy may be damaged; try again later.</source>
        <translation>Вложение несколько раз пришло повреждённым и не было показано. Возможно, повреждена копия на сервере; попробуйте позже.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server has no such attachment for this device.</source>
        <translation>На сервере нет такого вложения для этого устройства.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The author&apos;s device has not finished sending this attachment yet. Try again after their next sync.</source>
        <translation>Устройство автора ещё не закончило отправку этого вложения. Попробуйте снова после его следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/rotation.py" line="+46"/>
        <source>The server offered a new coordination key that your network&apos;s coordinator did not sign. Nothing was sent. Do not use this server; tell your coordinator.</source>
        <translation>Сервер предложил новый ключ координации, который координатор вашей сети не подписывал. Ничего не отправлено. Не пользуйтесь этим сервером; сообщите координатору.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the coordinator whose fingerprint the invitation codes carry (the laptop that made the network&apos;s key) can replace the coordination key.</source>
        <translation>Заменить ключ координации может только координатор, чей отпечаток указан в кодах приглашения (ноутбук, создавший ключ сети).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The network&apos;s coordination key was replaced; new records are sealed for the new key.</source>
        <extracomment>readable fingerprint of the new coordination key (to compare between coordinators)</extracomment>
        <translation>Ключ координации сети заменён; новые записи шифруются для нового ключа.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import the new coordination key file to read new records and to review.</source>
        <translation>Импортируйте новый файл ключа координации, чтобы читать новые записи и рецензировать.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The server lacks a replacement of the coordination key and did not take it back.</source>
        <translation>На сервере нет замены ключа координации, и он не принял её обратно.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This device replaced the network&apos;s coordination key. Give the other coordinators the new key file.</source>
        <translation>Это устройство заменило ключ координации сети. Передайте другим координаторам новый файл ключа.</translation>
    </message>
    <message>
        <location filename="../desktop/core/received/rule.py" line="+25"/>
        <source>Two revisions of this record were made from the same earlier one. The one with the higher revision number counts; when both have the same number, the one whose envelope identifier comes first in alphabetical order counts. Every coordinator&apos;s computer applies the same rule, so all show the same revision. The author settles the conflict by saving a new revision.</source>
        <translation>Две редакции этой записи сделаны из одной и той же предыдущей. Действует редакция с бо́льшим номером; если номера равны — та, чей идентификатор конверта идёт первым по алфавиту. Компьютер каждого координатора применяет одно и то же правило, поэтому все показывают одну и ту же редакцию. Автор разрешает конфликт, сохранив новую редакцию.</translation>
    </message>
    <message>
        <location filename="../desktop/core/sync/parcel_return.py" line="+33"/>
        <source>This organisation is not known on this computer, and the server cannot be asked now. Connect once (or open the network window while connected) so the organisations and their devices are known here, or make the parcel for a device id.</source>
        <translation>Эта организация не известна на этом компьютере, а спросить сервер сейчас нельзя. Подключитесь один раз (или откройте окно сети при подключении), чтобы организации и их устройства стали известны здесь, или сделайте посылку для идентификатора устройства.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server knows no organisation of this name or number.</source>
        <translation>Сервер не знает организации с таким названием или номером.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a coordinator&apos;s device makes parcels of reviews and receipts.</source>
        <translation>Посылки с отзывами и квитанциями делает только устройство координатора.</translation>
    </message>
</context>
</TS>
