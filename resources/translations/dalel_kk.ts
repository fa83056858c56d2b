<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>Agency</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="25"/>
        <source>Fire safety control</source>
        <translation>Өрт қауіпсіздігі саласындағы бақылау</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="26"/>
        <source>Veterinary-sanitary control</source>
        <translation>Ветеринариялық-санитариялық бақылау</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="27"/>
        <source>State revenue</source>
        <translation>Мемлекеттік кірістер</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="28"/>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="53"/>
        <source>Back up the vault</source>
        <translation>Қойманың сақтық көшірмесін жасау</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="54"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="58"/>
        <source>&amp;Back up</source>
        <translation>&amp;Көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="61"/>
        <source>The vault is copied encrypted, as it is stored: the footage, the index and the key slots. Only the officer&apos;s or the head&apos;s password opens the copy. Keep the drive away from this PC. A second backup to the same drive copies only what is new.</source>
        <translation>Қойма сақталған күйінде, шифрланып көшіріледі: бейнежазбалар, индекс және кілт слоттары. Көшірмені тек жауапты тұлғаның немесе басшының құпиясөзі ашады. Дискіні осы компьютерден бөлек сақтаңыз. Сол дискіге келесі көшірме тек жаңасын ғана көшіреді.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="64"/>
        <source>Back up into:</source>
        <translation>Көшірме орны:</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="68"/>
        <source>Where to put the backup</source>
        <translation>Сақтық көшірмені қайда сақтау керек</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="87"/>
        <source>Copying…</source>
        <translation>Көшірілуде…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="102"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/backup_dialog.py" line="103"/>
        <source>Backed up to {folder}: %n new file(s) copied ({mb} MB), already there: {skipped}.</source>
        <translation>
            <numerusform>Сақтық көшірме {folder} ішіне жасалды: %n жаңа файл көшірілді ({mb} МБ), бұрыннан бар: {skipped}.</numerusform>
            <numerusform>Сақтық көшірме {folder} ішіне жасалды: %n жаңа файл көшірілді ({mb} МБ), бұрыннан бар: {skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/backup_dialog.py" line="111"/>
        <source>%n footage file(s) named by the index are not in the vault folder; run a vault check.</source>
        <translation>
            <numerusform>Индексте аталған %n бейнежазба файлы қойма қалтасында жоқ; қойманы тексеріңіз.</numerusform>
            <numerusform>Индексте аталған %n бейнежазба файлы қойма қалтасында жоқ; қойманы тексеріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="108"/>
        <source>This folder is on the same disk as the vault: it will not survive that disk&apos;s loss. Use an external drive.</source>
        <translation>Бұл қалта қоймамен бір дискіде тұр: сол диск істен шықса, көшірме де жоғалады. Сыртқы дискіні пайдаланыңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/backup_dialog.py" line="114"/>
        <source>The drive held %n damaged footage file(s) (not as they were written); each was copied again and checked.</source>
        <translation>
            <numerusform>Дискіде %n бейнежазба файлы зақымдалған екен (жазылған күйінде емес); әрқайсысы қайта көшіріліп, тексерілді.</numerusform>
            <numerusform>Дискіде %n бейнежазба файлы зақымдалған екен (жазылған күйінде емес); әрқайсысы қайта көшіріліп, тексерілді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="123"/>
        <source>Stopped. What was copied stays on the drive; the next backup there copies the rest.</source>
        <translation>Тоқтатылды. Көшірілгені дискіде қалды; сол дискіге келесі көшірме қалғанын көшіреді.</translation>
    </message>
</context>
<context>
    <name>BlankBookDialog</name>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="434"/>
        <source>Blank book</source>
        <translation>Бос кітап</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="438"/>
        <source>Covers, then the numbered pages; the last one is the closing page with the count already written (R7).</source>
        <translation>Алдымен мұқабалар, содан кейін нөмірленген беттер; соңғысы — беттер саны жазылған қорытынды бет (R7).</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="444"/>
        <source>Numbered &amp;pages:</source>
        <translation>Нөмірленген &amp;беттер:</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="18"/>
        <source>Change my password</source>
        <translation>Құпиясөзімді өзгерту</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="23"/>
        <source>Only you know your password; nobody can recover it. The officer and the head each keep their own.</source>
        <translation>Құпиясөзіңізді тек сіз білесіз; оны ешкім қалпына келтіре алмайды. Жауапты тұлға мен басшының әрқайсысының өз құпиясөзі бар.</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="25"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Қазіргі құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="26"/>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="27"/>
        <source>&amp;Repeat the new one:</source>
        <translation>Жаңасын &amp;қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="33"/>
        <source>The two new passwords differ. Type them again.</source>
        <translation>Екі жаңа құпиясөз сәйкес келмейді. Қайта теріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="37"/>
        <source>Changing the password…</source>
        <translation>Құпиясөз өзгертілуде…</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="40"/>
        <source>Password changed</source>
        <translation>Құпиясөз өзгертілді</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="41"/>
        <source>Your password is changed. Use the new one from the next unlock.</source>
        <translation>Құпиясөзіңіз өзгертілді. Келесі ашқанда жаңасын пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="46"/>
        <source>The current password is wrong.</source>
        <translation>Қазіргі құпиясөз қате.</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <location filename="../../app/ui/checklist.py" line="14"/>
        <source>The camera &amp;works (R11)</source>
        <translation>Бейнетіркегіш &amp;жұмыс істейді (R11)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist.py" line="15"/>
        <source>&amp;Battery charged (R11)</source>
        <translation>&amp;Батарея зарядталған (R11)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist.py" line="16"/>
        <source>&amp;Date and time on the camera are right (R11)</source>
        <translation>Бейнетіркегіштің &amp;күні мен уақыты дұрыс (R11)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist.py" line="17"/>
        <source>Photo/video &amp;quality settings checked (R11)</source>
        <translation>Фото/бейне &amp;сапасының баптаулары тексерілді (R11)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist.py" line="18"/>
        <source>The inspector wears the &amp;badge (R12)</source>
        <translation>Инспекторда &amp;төсбелгі бар (R12)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist.py" line="27"/>
        <source>Battery charge:</source>
        <translation>Батарея заряды:</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../../app/ui/common.py" line="90"/>
        <source>You are signed in as the head: issue, return, remarks and corrections are written by the responsible officer only (R1, R5). Review, release, the journal and the registers stay open to you.</source>
        <translation>Сіз басшы ретінде кірдіңіз: беру, қабылдау, ескертпелер мен түзетулерді тек жауапты тұлға жазады (R1, R5). Қарау, көшірме беру, журнал және тізілімдер сізге қолжетімді.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../app/ui/journal_view.py" line="93"/>
        <source>Correct entry № {n}</source>
        <translation>№ {n} жазбаны түзету</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="103"/>
        <source>The return was recorded by mistake: strike it</source>
        <translation>Тапсыру қате жазылған: оны сызу</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="106"/>
        <source>why the entry was wrong (required, R7)</source>
        <translation>жазба неге қате болды (міндетті, R7)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="110"/>
        <source>The wrong entry stays in the journal, struck through; the right one is added with &quot;Түзетілді&quot;, the time and your name. Times cannot be corrected (R3).</source>
        <translation>Қате жазба журналда сызылған күйінде қалады; дұрысы «Түзетілді» деген белгімен, уақытпен және сіздің атыңызбен қосылады. Уақытты түзетуге болмайды (R3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="113"/>
        <source>Inspector:</source>
        <translation>Инспектор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="114"/>
        <source>Camera:</source>
        <translation>Бейнетіркегіш:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="115"/>
        <source>Memory card:</source>
        <translation>Жад картасы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="116"/>
        <source>Seal:</source>
        <translation>Мөр:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="118"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="115"/>
        <source>Create the vault</source>
        <translation>Қойманы құру</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="117"/>
        <source>The responsible officer</source>
        <translation>Жауапты тұлға</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="118"/>
        <source>The officer designated by the head keeps the cameras and the journal and sets their own password (R1, R2).</source>
        <translation>Басшы тағайындаған жауапты тұлға бейнетіркегіштер мен журналды сақтайды және өз құпиясөзін өзі қояды (R1, R2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="120"/>
        <source>The head of the office</source>
        <translation>Аумақтық органның басшысы</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="121"/>
        <source>The head types their own password; it also authorises releasing copies (R10).</source>
        <translation>Басшы өз құпиясөзін енгізеді; ол көшірме беруге рұқсат ету үшін де қажет (R10).</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="135"/>
        <source>Creating the vault; this takes a few seconds…</source>
        <translation>Қойма құрылуда; бұл бірнеше секундқа созылады…</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <location filename="../../app/ui/retention_view.py" line="53"/>
        <source>Destroy footage past its term</source>
        <translation>Сақтау мерзімі өткен жазбаларды жою</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="56"/>
        <source>&amp;Destroy</source>
        <translation>&amp;Жою</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/retention_view.py" line="59"/>
        <source>%n recording(s), {mb} MB, are past their retention term (R9) and not on hold. Their files will be deleted for ever. Each recording&apos;s record stays: what it was (SHA-256, size, times, category), when it was destroyed and on whose approval, in the chained audit log.</source>
        <translation>
            <numerusform>%n жазбаның ({mb} МБ) сақтау мерзімі өтті (R9), оны жоюға тыйым салынбаған. Оның файлдары біржола өшіріледі. Жазбаның есебі тізбектелген аудит журналында сақталады: оның не болғаны (SHA-256, көлемі, уақыттары, санаты), қашан және кімнің рұқсатымен жойылғаны.</numerusform>
            <numerusform>%n жазбаның ({mb} МБ) сақтау мерзімі өтті (R9), оларды жоюға тыйым салынбаған. Олардың файлдары біржола өшіріледі. Әр жазбаның есебі тізбектелген аудит журналында сақталады: оның не болғаны (SHA-256, көлемі, уақыттары, санаты), қашан және кімнің рұқсатымен жойылғаны.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="64"/>
        <source>Head&apos;s &amp;password:</source>
        <translation>Басшының &amp;құпиясөзі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="72"/>
        <source>Destroying…</source>
        <translation>Жойылуда…</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="77"/>
        <source>Footage destroyed</source>
        <translation>Жазбалар жойылды</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/retention_view.py" line="78"/>
        <source>%n recording(s) destroyed, files deleted: {files}. Their records are kept in the audit log.</source>
        <translation>
            <numerusform>%n жазба жойылды, өшірілген файлдар: {files}. Оның есебі аудит журналында сақталады.</numerusform>
            <numerusform>%n жазба жойылды, өшірілген файлдар: {files}. Олардың есебі аудит журналында сақталады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockBridge</name>
    <message>
        <location filename="../../app/ui/docked.py" line="199"/>
        <source>The responsible officer downloads it (R1).</source>
        <translation>Оны жауапты тұлға түсіреді (R1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/docked.py" line="201"/>
        <source>Docked: {name}. The responsible officer downloads it (R1).</source>
        <translation>Қондырғыда: {name}. Оны жауапты қызметкер жүктейді (R1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/docked.py" line="333"/>
        <source>The card holds no files: nothing to wipe.</source>
        <translation>Картада файл жоқ: тазартатын ештеңе жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/docked.py" line="354"/>
        <source>{camera}: %n recording(s) stored, already in the vault: {dup}</source>
        <translation>
            <numerusform>{camera}: %n жазба сақталды, қоймада бұрыннан бар: {dup}</numerusform>
            <numerusform>{camera}: %n жазба сақталды, қоймада бұрыннан бар: {dup}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/docked.py" line="360"/>
        <source>%n file(s) wiped from the card</source>
        <translation>
            <numerusform>картадан %n файл өшірілді</numerusform>
            <numerusform>картадан %n файл өшірілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/docked.py" line="404"/>
        <source>{camera}: %n file(s) wiped from the card</source>
        <translation>
            <numerusform>{camera}: картадан %n файл өшірілді</numerusform>
            <numerusform>{camera}: картадан %n файл өшірілді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/docked.py" line="418"/>
        <source>Taken out while it was being read. Nothing half-copied is kept and nothing was deleted; dock it again to continue.</source>
        <translation>Оқылып жатқанда шығарып алынды. Жартылай көшірілген ештеңе сақталмады, ештеңе өшірілмеді; жалғастыру үшін қайта қондырыңыз.</translation>
    </message>
</context>
<context>
    <name>DockPanel</name>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="122"/>
        <source>Docked</source>
        <translation>Қондырылған</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="122"/>
        <source>Who has it</source>
        <translation>Кімде</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="122"/>
        <source>Clock / battery</source>
        <translation>Сағат / батарея</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="123"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="123"/>
        <source>Progress</source>
        <translation>Барысы</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="123"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="138"/>
        <source>No camera or card is docked. Dock one: it appears here and its footage is copied, verified, then the card can be wiped.</source>
        <translation>Қондырылған бейнетіркегіш немесе карта жоқ. Қондырыңыз: ол осында пайда болады, жазбалары көшіріліп, тексеріледі, содан кейін картаны тазартуға болады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="202"/>
        <source>Reading the camera…</source>
        <translation>Бейнетіркегіш оқылуда…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="203"/>
        <source>Not identified: say which camera or card it is</source>
        <translation>Анықталмады: қай бейнетіркегіш не карта екенін көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="204"/>
        <source>Camera not in the register (R4)</source>
        <translation>Бейнетіркегіш тізілімде жоқ (R4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="205"/>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="206"/>
        <source>In the queue: other cameras are downloading</source>
        <translation>Кезекте: басқа бейнетіркегіштер түсірілуде</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="207"/>
        <source>Downloading</source>
        <translation>Түсірілуде</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="208"/>
        <source>Verifying the copies in the vault</source>
        <translation>Қоймадағы көшірмелер тексерілуде</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="209"/>
        <source>Stored and verified: the card can be wiped</source>
        <translation>Сақталды және тексерілді: картаны тазартуға болады</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="210"/>
        <source>Not complete: the card cannot be wiped</source>
        <translation>Толық емес: картаны тазартуға болмайды</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="211"/>
        <source>Stopped</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="212"/>
        <source>Wiping the card</source>
        <translation>Карта тазартылуда</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="213"/>
        <source>Done: the card is wiped</source>
        <translation>Дайын: карта тазартылды</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="214"/>
        <source>Failed</source>
        <translation>Сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="215"/>
        <source>Taken out</source>
        <translation>Шығарып алынды</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="216"/>
        <source>No recordings on it: not a camera&apos;s card, nothing to do</source>
        <translation>Онда жазба жоқ: бұл бейнетіркегіш картасы емес, ештеңе істеудің қажеті жоқ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="219"/>
        <source>Stored and verified</source>
        <translation>Сақталды және тексерілді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dock_panel.py" line="221"/>
        <source>Done: %n file(s) wiped from the card</source>
        <translation>
            <numerusform>Дайын: картадан %n файл өшірілді</numerusform>
            <numerusform>Дайын: картадан %n файл өшірілді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="231"/>
        <source>: {rate} MB/s</source>
        <translation>: {rate} МБ/с</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="241"/>
        <source>{name} (handed in)</source>
        <translation>{name} (тапсырды)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="252"/>
        <source>battery {percent} %</source>
        <translation>батарея {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="289"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="294"/>
        <source>{done} of {total} MB</source>
        <translation>{total} МБ ішінен {done}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="233"/>
        <source>, {left} left</source>
        <translation>, {left} қалды</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="310"/>
        <source>Which camera…</source>
        <translation>Қай бейнетіркегіш…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="311"/>
        <source>Tie this volume to a registered camera or card (R4)</source>
        <translation>Бұл томды тіркелген бейнетіркегішке немесе картаға байланыстыру (R4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="313"/>
        <source>Register…</source>
        <translation>Тіркеу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="314"/>
        <source>Register this camera with its inventory number (R4)</source>
        <translation>Бұл бейнетіркегішті түгендеу нөмірімен тіркеу (R4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="317"/>
        <source>Download</source>
        <translation>Түсіру</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="318"/>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="320"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="322"/>
        <source>Stop this camera&apos;s download; what is already verified is kept and reused next time</source>
        <translation>Осы бейнетіркегішті түсіруді тоқтату; тексерілгені сақталып, келесі жолы пайдаланылады</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dock_panel.py" line="326"/>
        <source>Wipe card (%n file(s))</source>
        <translation>
            <numerusform>Картаны тазарту (%n файл)</numerusform>
            <numerusform>Картаны тазарту (%n файл)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="327"/>
        <source>Every file on the card is stored and verified in the vault; wiping deletes them from the card (R1, R14)</source>
        <translation>Картадағы әр файл қоймада сақталып, тексерілген; тазарту оларды картадан өшіреді (R1, R14)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="329"/>
        <source>Not every file on the card is in the vault; nothing can be wiped (R14)</source>
        <translation>Картадағы файлдардың бәрі қоймада емес; ештеңені тазартуға болмайды (R14)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="332"/>
        <source>Clear</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="393"/>
        <source>Wipe the card</source>
        <translation>Картаны тазарту</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dock_panel.py" line="394"/>
        <source>Delete %n file(s) from the card of {camera}? Each one is checked again against its verified copy in the vault first; the journal records the wipe.</source>
        <translation>
            <numerusform>{camera} картасынан %n файлды өшіру керек пе? Алдымен әрқайсысы қоймадағы тексерілген көшірмесімен қайта салыстырылады; тазарту журналға жазылады.</numerusform>
            <numerusform>{camera} картасынан %n файлды өшіру керек пе? Алдымен әрқайсысы қоймадағы тексерілген көшірмесімен қайта салыстырылады; тазарту журналға жазылады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="28"/>
        <source>The computer refused a file operation: {reason}.</source>
        <translation>Компьютер файл әрекетін орындамады: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="31"/>
        <source>Something went wrong that the program did not expect. Nothing was lost: every record is written whole or not at all. The details are in the log file; please show it to your IT support.</source>
        <translation>Бағдарлама күтпеген қате орын алды. Ештеңе жоғалған жоқ: әр жазба толық жазылады немесе мүлде жазылмайды. Толығырақ журнал файлында; оны IT қолдау қызметіне көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="42"/>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="44"/>
        <source>Cannot do that</source>
        <translation>Бұны орындауға болмайды</translation>
    </message>
</context>
<context>
    <name>FootagePlayer</name>
    <message>
        <location filename="../../app/ui/player.py" line="58"/>
        <location filename="../../app/ui/player.py" line="149"/>
        <source>&amp;Play</source>
        <translation>&amp;Ойнату</translation>
    </message>
    <message>
        <location filename="../../app/ui/player.py" line="64"/>
        <source>&amp;Bookmark here</source>
        <translation>Осы жерге &amp;бетбелгі</translation>
    </message>
    <message>
        <location filename="../../app/ui/player.py" line="65"/>
        <source>Keep a note at this moment of the recording</source>
        <translation>Жазбаның осы сәтіне белгі қалдыру</translation>
    </message>
    <message>
        <location filename="../../app/ui/player.py" line="149"/>
        <source>&amp;Pause</source>
        <translation>&amp;Кідірту</translation>
    </message>
    <message>
        <location filename="../../app/ui/player.py" line="152"/>
        <source>This recording cannot be played here: its format is not one the program can show. The file in the vault is not affected; release a copy to view it with the camera maker&apos;s software.</source>
        <translation>Бұл жазбаны мұнда ойнату мүмкін емес: оның пішімін бағдарлама көрсете алмайды. Қоймадағы файлға зақым келген жоқ; оны бейнетіркегіш өндірушісінің бағдарламасымен көру үшін көшірмесін беріңіз.</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <location filename="../../app/ui/issue.py" line="64"/>
        <source>scan or type, e.g. BK-001</source>
        <translation>сканерлеңіз не теріңіз, мысалы BK-001</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="73"/>
        <source>Issue it with the low battery anyway (written in the journal)</source>
        <translation>Батареясы әлсіз болса да беру (журналға жазылады)</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="83"/>
        <source>I have changed this camera&apos;s factory password (written in the journal)</source>
        <translation>Осы бейнетіркегіштің зауыттық құпиясөзін ауыстырдым (журналға жазылады)</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="87"/>
        <source>why it still goes out (written in the journal)</source>
        <translation>неге әлі де берілетіні (журналға жазылады)</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="88"/>
        <source>&amp;Issue (Ctrl+Enter)</source>
        <translation>&amp;Беру (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="94"/>
        <source>I&amp;nspector:</source>
        <translation>И&amp;нспектор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="95"/>
        <source>&amp;Camera inventory no.:</source>
        <translation>&amp;Бейнетіркегіштің түгендеу нөмірі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="96"/>
        <source>Memory ca&amp;rd inventory no.:</source>
        <translation>Жад &amp;картасының түгендеу нөмірі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="97"/>
        <source>&amp;Seal on the card slot (R6):</source>
        <translation>Карта ұясындағы &amp;мөр (R6):</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="103"/>
        <source>Reason (service life ended):</source>
        <translation>Себебі (қызмет мерзімі өтті):</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="107"/>
        <source>Issue a camera</source>
        <translation>Бейнетіркегішті беру</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="111"/>
        <source>scan or type the camera&apos;s number, Enter</source>
        <translation>бейнетіркегіш нөмірін сканерлеңіз не теріңіз, Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="113"/>
        <source>&amp;Take back</source>
        <translation>&amp;Қабылдап алу</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="118"/>
        <source>Ca&amp;mera returned:</source>
        <translation>Тапсырылған бейне&amp;тіркегіш:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="121"/>
        <source>Return a camera</source>
        <translation>Бейнетіркегішті қабылдау</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="198"/>
        <source>The docked camera reports its battery at {percent} %; its clock is set when it is issued.</source>
        <translation>Қондырылған бейнетіркегіш батареясы {percent} % екенін хабарлайды; берілген кезде оның сағаты орнатылады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="219"/>
        <source>This camera&apos;s service life (7 years) ended on {date}. Issue another camera, or write why this one still goes out.</source>
        <translation>Бұл бейнетіркегіштің қызмет мерзімі (7 жыл) {date} аяқталды. Басқа бейнетіркегішті беріңіз немесе мұның неге әлі де берілетінін жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="225"/>
        <source>Register an inspector first (Registers).</source>
        <translation>Алдымен инспекторды тіркеңіз (Тізілімдер).</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="231"/>
        <source>Low battery</source>
        <translation>Батарея әлсіз</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="232"/>
        <source>Issue the camera with its battery at {percent} %, below the minimum of {minimum} %? The journal records that you decided so.</source>
        <translation>Батареясы {percent} % бейнетіркегішті, ең аз {minimum} % шегінен төмен болса да, беру керек пе? Журнал бұл сіздің шешіміңіз екенін жазады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="248"/>
        <source>Issued {camera} to {name} at {time}. Journal row № {seq} — the inspector signs the paper journal (R5).</source>
        <translation>{camera} {name} инспекторға {time} берілді. Журналдың № {seq} жолы — инспектор қағаз журналға қол қояды (R5).</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="252"/>
        <source>Issued with the battery at {percent} %, as you decided.</source>
        <translation>Сіздің шешіміңізбен батареясы {percent} % күйінде берілді.</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="291"/>
        <source>{camera} is back from {name} at {time} (journal row № {row}). Download its footage within one working day (R8).</source>
        <translation>{camera} {name} инспектордан {time} қабылданды (журналдың № {row} жолы). Жазбаларды бір жұмыс күні ішінде көшіріңіз (R8).</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="278"/>
        <source>The camera&apos;s clock could not be set: {reason} Set it on the camera (R1).</source>
        <translation>Бейнетіркегіш сағатын орнату мүмкін болмады: {reason} Оны бейнетіркегіштің өзінде орнатыңыз (R1).</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../app/ui/journal_view.py" line="34"/>
        <source>№</source>
        <translation>р/с №</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="34"/>
        <source>Inventory no. of the camera (memory card)</source>
        <translation>Бейнетіркегіштің (жад картасының) түгендеу нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="35"/>
        <source>Inspector</source>
        <translation>Инспектордың аты, әкесінің аты (бар болса), тегі</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="35"/>
        <source>Received: date and time, signature</source>
        <translation>Алған күні мен уақыты, қолы</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="36"/>
        <source>Handed in: date and time, signature</source>
        <translation>Тапсырған күні мен уақыты, қолы</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="37"/>
        <source>Footage downloaded: date and time</source>
        <translation>Ақпаратты түсірген күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="38"/>
        <source>Responsible officer, signature</source>
        <translation>Жауапты тұлғаның аты, әкесінің аты, тегі және қолы</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="38"/>
        <source>Remarks</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../app/ui/journal_view.py" line="175"/>
        <source>&amp;From</source>
        <translation>&amp;Бастап</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="183"/>
        <source>&amp;Correct the entry…</source>
        <translation>Жазбаны &amp;түзету…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="189"/>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="191"/>
        <source>Inspector:</source>
        <translation>Инспектор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="193"/>
        <source>Camera:</source>
        <translation>Бейнетіркегіш:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="227"/>
        <location filename="../../app/ui/journal_view.py" line="231"/>
        <source>all</source>
        <translation>барлығы</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <location filename="../../app/ui/main_window.py" line="113"/>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="77"/>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>Vault</source>
        <translation>Қойма</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81"/>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>Change my &amp;password…</source>
        <translation>&amp;Құпиясөзімді өзгерту…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>Check the whole &amp;vault</source>
        <translation>Бүкіл қойманы &amp;тексеру</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>Decrypt and rehash every recording and check both chains, in the background at low priority; Today shows the progress and the result.</source>
        <translation>Әр жазбаның шифрын ашып, хешін қайта есептеу және екі тізбекті де тексеру — фонда, төмен басымдықпен; барысы мен нәтижесі «Бүгін» бетінде көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95"/>
        <location filename="../../app/ui/main_window.py" line="119"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Сақтық көшірме…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>Copy the vault, encrypted, to an external drive</source>
        <translation>Қойманы шифрланған күйінде сыртқы дискіге көшіру</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="124"/>
        <source>Dalel</source>
        <translation>Dalel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>head of the office</source>
        <translation>аумақтық орган басшысы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>responsible officer</source>
        <translation>жауапты тұлға</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>{name}, {role}</source>
        <translation>{name}, {role}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>Dalel — {unit}</source>
        <translation>Dalel — {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="196"/>
        <source>Put a camera into the demo dock</source>
        <translation>Бейнетіркегішті демо-қондырғыға салу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203"/>
        <source>Every camera is out or docked</source>
        <translation>Барлық бейнетіркегіш берілген немесе қондырылған</translation>
    </message>
</context>
<context>
    <name>MalfunctionDialog</name>
    <message>
        <location filename="../../app/ui/remarks.py" line="25"/>
        <source>Malfunction of {camera}</source>
        <translation>{camera} ақаулығы</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="27"/>
        <source>what failed, e.g. the battery does not charge</source>
        <translation>не істен шықты, мысалы батарея зарядталмайды</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="28"/>
        <source>Issue a replacement camera now (R16)</source>
        <translation>Ауыстыратын бейнетіркегішті қазір беру (R16)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="34"/>
        <source>Replacement camera no.:</source>
        <translation>Ауыстыратын бейнетіркегіш нөмірі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="35"/>
        <source>Its memory card no.:</source>
        <translation>Оның жад картасының нөмірі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="36"/>
        <source>Seal on the card slot (R6):</source>
        <translation>Карта ұясындағы мөр (R6):</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="38"/>
        <source>Replacement for {name}</source>
        <translation>{name} үшін ауыстыру</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="45"/>
        <source>The inspector {name} reports that {camera} failed. The time of the report is recorded now.</source>
        <translation>{name} инспектор {camera} істен шыққанын хабарлады. Хабарлау уақыты қазір жазылады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="47"/>
        <source>&amp;Cause:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="63"/>
        <source>The malfunction is recorded in Remarks.</source>
        <translation>Ақаулық Ескертпеге жазылды.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="43"/>
        <source>OK</source>
        <translation>Жарайды</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="44"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="45"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="46"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="47"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="48"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="81"/>
        <source>The office</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="82"/>
        <source>Which agency this workstation serves and where the encrypted vault is kept.</source>
        <translation>Бұл жұмыс орны қай органға қызмет етеді және шифрланған қойма қайда сақталады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="89"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="91"/>
        <source>Agency:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="92"/>
        <source>Territorial unit:</source>
        <translation>Аумақтық бөлімше:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="93"/>
        <source>Vault folder:</source>
        <translation>Қойма қалтасы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="102"/>
        <source>Folder for the vault</source>
        <translation>Қоймаға арналған қалта</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="86"/>
        <source>&amp;Print the new pages…</source>
        <translation>Жаңа беттерді &amp;басып шығару…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="88"/>
        <source>Sheet for &amp;signatures…</source>
        <translation>Қол қоюға арналған &amp;парақ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="90"/>
        <source>The rows issued so far as the next numbered page of the book: the inspectors sign column 4 when they take the camera (R5); columns 5–8 are written in ink later.</source>
        <translation>Осы уақытқа дейін берілген жолдар кітаптың келесі нөмірленген беті ретінде басылады: инспекторлар бейнетіркегішті алған кезде 4-бағанға қол қояды (R5); 5–8-бағандар кейін қаламсаппен толтырылады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="93"/>
        <source>&amp;Reprint pages…</source>
        <translation>Беттерді &amp;қайта басу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="95"/>
        <source>Check a &amp;paper page…</source>
        <translation>Қағаз &amp;бетті тексеру…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="98"/>
        <source>More paper</source>
        <translation>Басқа басып шығару</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="101"/>
        <source>&amp;Extract for the dates set above…</source>
        <translation>Жоғарыда көрсетілген күндерге &amp;үзінді…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="103"/>
        <source>The rows received between the dates set above (the whole journal when no dates are set), marked as an extract: not pages of the book.</source>
        <translation>Жоғарыда көрсетілген күндер аралығында берілген жолдар (күндер көрсетілмесе — бүкіл журнал), үзінді белгісімен: кітап беттері емес.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="107"/>
        <source>&amp;Blank book…</source>
        <translation>&amp;Бос кітап…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="109"/>
        <source>&amp;Close the volume…</source>
        <translation>Томды &amp;жабу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="141"/>
        <source>Save the journal pages</source>
        <translation>Журнал беттерін сақтау</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="146"/>
        <source>Save the sheet for signatures</source>
        <translation>Қол қоюға арналған парақты сақтау</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="151"/>
        <source>Save the duplicate pages</source>
        <translation>Телнұсқа беттерді сақтау</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="160"/>
        <source>Save the extract</source>
        <translation>Үзіндіні сақтау</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="165"/>
        <source>Save the blank book</source>
        <translation>Бос кітапты сақтау</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="172"/>
        <location filename="../../app/ui/paper_actions.py" line="176"/>
        <source>Close the volume</source>
        <translation>Томды жабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="173"/>
        <source>There is no open volume with printed pages to close.</source>
        <translation>Жабатын, беттері басылған ашық том жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="177"/>
        <source>Close volume {volume}? Its closing page will be page {page}, certifying {page} numbered pages (R7). The volume cannot be opened again; the next print starts volume {next}.</source>
        <translation>{volume}-томды жабасыз ба? Оның қорытынды беті {page}-бет болады және онда {page} нөмірленген бет куәландырылады (R7). Томды қайта ашуға болмайды; келесі басып шығару {next}-томнан басталады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="183"/>
        <source>Save the closing page</source>
        <translation>Қорытынды бетті сақтау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/paper_actions.py" line="212"/>
        <source>Duplicate of volume {volume}, page(s) {pages}</source>
        <translation>
            <numerusform>{volume}-томның телнұсқасы, бет: {pages}</numerusform>
            <numerusform>{volume}-томның телнұсқасы, беттер: {pages}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="215"/>
        <source>Volume {volume}: the closing page {pages}</source>
        <translation>{volume}-том: қорытынды бет {pages}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/paper_actions.py" line="218"/>
        <source>Extract: %n row(s), not book pages</source>
        <translation>
            <numerusform>Үзінді: %n жол, кітап беттері емес</numerusform>
            <numerusform>Үзінді: %n жол, кітап беттері емес</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/paper_actions.py" line="220"/>
        <source>A blank book of %n numbered page(s)</source>
        <translation>
            <numerusform>%n нөмірленген беттен тұратын бос кітап</numerusform>
            <numerusform>%n нөмірленген беттен тұратын бос кітап</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/paper_actions.py" line="222"/>
        <source>Volume {volume}: %n row(s), pages: {pages}</source>
        <translation>
            <numerusform>{volume}-том: %n жол, беттер: {pages}</numerusform>
            <numerusform>{volume}-том: %n жол, беттер: {pages}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="47"/>
        <source>Surname:</source>
        <translation>Тегі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="48"/>
        <source>Name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="49"/>
        <source>Patronymic (if any):</source>
        <translation>Әкесінің аты (бар болса):</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="50"/>
        <source>Personnel number:</source>
        <translation>Табель нөмірі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="51"/>
        <source>Position:</source>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="52"/>
        <source>Password (8 characters or more):</source>
        <translation>Құпиясөз (кемінде 8 таңба):</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="53"/>
        <source>Password again:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="64"/>
        <source>Surname, name and personnel number are required.</source>
        <translation>Тегі, аты және табель нөмірі міндетті.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="67"/>
        <source>The two passwords differ.</source>
        <translation>Екі құпиясөз сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>PrintPlanDialog</name>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="260"/>
        <source>Sheet for signatures</source>
        <translation>Қол қоюға арналған парақ</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="262"/>
        <source>Print it once the cameras of the morning are issued. The rows go on the next numbered page of the book and never print again: the inspectors sign column 4 when they take the camera (R5); columns 5–8 (handed in, downloaded, your name and signature, remarks) are written in ink later — &quot;Print the new pages…&quot; lists those values each day.</source>
        <translation>Таңертеңгі бейнетіркегіштер берілгеннен кейін басып шығарыңыз. Жолдар кітаптың келесі нөмірленген бетіне түседі және қайта басылмайды: инспекторлар бейнетіркегішті алған кезде 4-бағанға қол қояды (R5); 5–8-бағандар (тапсырылған уақыты, жүктелген уақыты, сіздің аты-жөніңіз бен қолыңыз, ескертпе) кейін қаламсаппен толтырылады — «Жаңа беттерді басып шығару…» бұл мәндерді күн сайын көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="270"/>
        <source>Print the new pages</source>
        <translation>Жаңа беттерді басып шығару</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="272"/>
        <source>Rows go on the numbered pages in their order (R7), once each; a row still open waits, and so do the rows after it.</source>
        <translation>Жолдар нөмірленген беттерге өз ретімен, әрқайсысы бір рет түседі (R7); әлі жабылмаған жол күтеді, одан кейінгі жолдар да күтеді.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="293"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="300"/>
        <source>Sheet for &amp;signatures instead…</source>
        <translation>Орнына қол қоюға арналған &amp;парақ…</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="47"/>
        <source>The printer could not be opened. Check that it is on and connected, or choose another printer.</source>
        <translation>Принтерді ашу мүмкін болмады. Оның қосулы және жалғанғанын тексеріңіз немесе басқа принтерді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="52"/>
        <source>The printer stopped taking pages. Check its paper and try again.</source>
        <translation>Принтер беттерді қабылдауды тоқтатты. Қағазын тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="79"/>
        <source>Print preview</source>
        <translation>Басу алдында қарау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print_preview.py" line="86"/>
        <source>%n page(s) — {file}</source>
        <translation>
            <numerusform>%n бет — {file}</numerusform>
            <numerusform>%n бет — {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="88"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="91"/>
        <source>Open in the &amp;system viewer</source>
        <translation>&amp;Жүйелік қарау бағдарламасында ашу</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="93"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="107"/>
        <source>The pages could not be shown here; open them in the system viewer.</source>
        <translation>Беттерді мұнда көрсету мүмкін болмады; оларды жүйелік қарау бағдарламасында ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="126"/>
        <source>Sent to the printer</source>
        <translation>Принтерге жіберілді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print_preview.py" line="127"/>
        <source>%n page(s) sent to {printer}. Sign each page in ink and lace it into the book (R7).</source>
        <translation>
            <numerusform>%n бет {printer} принтеріне жіберілді. Әр бетке сиямен қол қойып, кітапқа тігіңіз (R7).</numerusform>
            <numerusform>%n бет {printer} принтеріне жіберілді. Әр бетке сиямен қол қойып, кітапқа тігіңіз (R7).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="58"/>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="59"/>
        <source>File Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="60"/>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="61"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="56"/>
        <source>&amp;Look in:</source>
        <translation>Қайда қ&amp;арау:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="57"/>
        <source>Files of &amp;type:</source>
        <translation>Файлдар &amp;түрі:</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message numerus="yes">
        <location filename="../../app/ui/reconcile_notice.py" line="39"/>
        <source>%n stored file(s) are missing from the vault folder. Run a vault check and restore them from the backup.</source>
        <translation>
            <numerusform>Қойма қалтасында сақталған %n файл жоқ. Қойманы тексеріп, оны сақтық көшірмеден қалпына келтіріңіз.</numerusform>
            <numerusform>Қойма қалтасында сақталған %n файл жоқ. Қойманы тексеріп, оларды сақтық көшірмеден қалпына келтіріңіз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reconcile_notice.py" line="43"/>
        <source>%n unknown file(s) in the vault folder were moved to blobs/quarantine; nothing was deleted.</source>
        <translation>
            <numerusform>Қойма қалтасындағы %n белгісіз файл blobs/quarantine қалтасына көшірілді; ештеңе жойылған жоқ.</numerusform>
            <numerusform>Қойма қалтасындағы %n белгісіз файл blobs/quarantine қалтасына көшірілді; ештеңе жойылған жоқ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reconcile_notice.py" line="48"/>
        <source>Leftovers of an interrupted download were cleaned up (%n item(s)).</source>
        <translation>
            <numerusform>Үзілген түсірудің қалдықтары тазартылды (%n элемент).</numerusform>
            <numerusform>Үзілген түсірудің қалдықтары тазартылды (%n элемент).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reconcile_notice.py" line="67"/>
        <source>The vault folder was checked</source>
        <translation>Қойма қалтасы тексерілді</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="59"/>
        <source>Register this camera</source>
        <translation>Бұл бейнетіркегішті тіркеу</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="61"/>
        <source>e.g. BK-014</source>
        <translation>мысалы, BK-014</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="64"/>
        <source>This camera (serial {serial}) is not in the register. A camera without an inventory number must not be used (R4): give it its number.</source>
        <translation>Бұл бейнетіркегіш (сериялық нөмірі {serial}) тізілімде жоқ. Түгендеу нөмірі жоқ бейнетіркегішті пайдалануға болмайды (R4): оған нөмір беріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="68"/>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="67"/>
        <source>&amp;Inventory number:</source>
        <translation>&amp;Түгендеу нөмірі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="67"/>
        <source>&amp;Model:</source>
        <translation>&amp;Моделі:</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <location filename="../../app/ui/registers_view.py" line="34"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="34"/>
        <source>Personnel no.</source>
        <translation>Табель №</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="34"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="35"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="36"/>
        <source>Inventory no.</source>
        <translation>Түгендеу №</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="36"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="36"/>
        <source>Serial</source>
        <translation>Сериялық нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="37"/>
        <source>Model</source>
        <translation>Моделі</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="37"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="37"/>
        <source>In service since</source>
        <translation>Пайдалануға берілген күні</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="38"/>
        <source>Service life ends (R19)</source>
        <translation>Қызмет мерзімі аяқталады (R19)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="52"/>
        <source>Add &amp;inspector</source>
        <translation>&amp;Инспектор қосу</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="55"/>
        <source>Surname:</source>
        <translation>Тегі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="56"/>
        <source>Name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="57"/>
        <source>Patronymic (if any):</source>
        <translation>Әкесінің аты (бар болса):</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="58"/>
        <source>Position:</source>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="59"/>
        <source>Personnel no.:</source>
        <translation>Табель №:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="67"/>
        <source>Add &amp;device</source>
        <translation>&amp;Құрылғы қосу</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="70"/>
        <source>reason (required)</source>
        <translation>себебі (міндетті)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="71"/>
        <source>Mark &amp;faulty</source>
        <translation>&amp;Ақаулы деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="72"/>
        <source>Back in &amp;store</source>
        <translation>&amp;Қоймаға қайтару</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="73"/>
        <source>&amp;Write off</source>
        <translation>&amp;Есептен шығару</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="78"/>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="79"/>
        <source>Inventory no. (R4):</source>
        <translation>Түгендеу № (R4):</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="80"/>
        <source>Serial:</source>
        <translation>Сериялық нөмірі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="81"/>
        <source>Model:</source>
        <translation>Моделі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="83"/>
        <source>Selected device:</source>
        <translation>Таңдалған құрылғы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="88"/>
        <source>Staff</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="89"/>
        <source>Cameras and cards</source>
        <translation>Бейнетіркегіштер мен карталар</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="90"/>
        <source>History of the selected record</source>
        <translation>Таңдалған жазбаның тарихы</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="154"/>
        <source>Equipment norms (R19): {staff} staff, {allowed} kits allowed; {cameras} cameras registered.</source>
        <translation>Жабдықтау нормалары (R19): қызметкерлер саны {staff}, рұқсат етілген жиынтық {allowed}; тіркелген бейнетіркегіш {cameras}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="158"/>
        <source>Above the norm by {n}.</source>
        <translation>Нормадан {n} артық.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="160"/>
        <source>Service life ended: {numbers}.</source>
        <translation>Қызмет мерзімі өткендер: {numbers}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="209"/>
        <source>{name} registered, personnel no. {number}.</source>
        <translation>{name} тіркелді, жеке нөмірі {number}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="220"/>
        <source>Camera {number} registered.</source>
        <translation>{number} бейнетіркегіші тіркелді.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="221"/>
        <source>Memory card {number} registered.</source>
        <translation>{number} жад картасы тіркелді.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="224"/>
        <source>The number mixes Latin and Cyrillic letters: it is found however it is typed, but check the label.</source>
        <translation>Нөмірде латын және кирилл әріптері аралас: ол қалай терілсе де табылады, бірақ жапсырманы тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="37"/>
        <source>Release a copy to an inspector</source>
        <translation>Инспекторға көшірме беру</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="43"/>
        <source>service purpose, e.g. administrative case №</source>
        <translation>қызметтік мақсаты, мысалы әкімшілік іс №</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="44"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="52"/>
        <source>&amp;Release</source>
        <translation>&amp;Беру</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/release_dialog.py" line="62"/>
        <source>%n recording(s) selected. Stored footage is given to inspectors for service purposes only, with the head&apos;s permission (R10). The copy is a signed package that anyone can check without the vault.</source>
        <translation>
            <numerusform>%n жазба таңдалды. Сақталған жазбалар инспекторларға тек қызметтік мақсатта, басшының рұқсатымен беріледі (R10). Көшірме — қол қойылған пакет, оны кез келген адам қоймасыз тексере алады.</numerusform>
            <numerusform>%n жазба таңдалды. Сақталған жазбалар инспекторларға тек қызметтік мақсатта, басшының рұқсатымен беріледі (R10). Көшірме — қол қойылған пакет, оны кез келген адам қоймасыз тексере алады.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="54"/>
        <source>To inspector:</source>
        <translation>Инспекторға:</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="54"/>
        <source>Purpose:</source>
        <translation>Мақсаты:</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="55"/>
        <source>Copy into folder:</source>
        <translation>Көшірілетін қалта:</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="56"/>
        <source>Head&apos;s password:</source>
        <translation>Басшының құпиясөзі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="59"/>
        <source>You unlocked as the head: your password is the permission.</source>
        <translation>Сіз басшы ретінде кірдіңіз: сіздің құпиясөзіңіз — рұқсат.</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="84"/>
        <source>Where to put the copy</source>
        <translation>Көшірмені қайда салу керек</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="97"/>
        <source>Fill in first: {fields}</source>
        <translation>Алдымен толтырыңыз: {fields}</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="114"/>
        <source>Copying…</source>
        <translation>Көшірілуде…</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="130"/>
        <source>Copy released</source>
        <translation>Көшірме берілді</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="131"/>
        <source>Release {id}: the copy, its signed manifest and a printable manifest.pdf are in {folder}. The release is logged.

Signing key fingerprint: {fp}
The recipient checks the package with: dalel verify-package</source>
        <translation>№ {id} беру: көшірме, оның қол қойылған манифесі және басып шығаруға арналған manifest.pdf {folder} қалтасында. Беру журналға жазылды.

Қолтаңба кілтінің саусақ ізі: {fp}
Алушы пакетті былай тексереді: dalel verify-package</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="140"/>
        <source>Cancelled; the partial copy was removed.</source>
        <translation>Тоқтатылды; толық емес көшірме жойылды.</translation>
    </message>
</context>
<context>
    <name>RemarksPanel</name>
    <message>
        <location filename="../../app/ui/remarks.py" line="77"/>
        <source>Cameras out: remarks</source>
        <translation>Берілген бейнетіркегіштер: ескертпелер</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="81"/>
        <source>Meal break &amp;starts</source>
        <translation>Түскі ас үзілісі &amp;басталды</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="82"/>
        <source>Meal break &amp;ends</source>
        <translation>Түскі ас үзілісі &amp;аяқталды</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="83"/>
        <source>&amp;Malfunction…</source>
        <translation>&amp;Ақаулық…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="85"/>
        <source>a note for Remarks, Enter to add</source>
        <translation>Ескертпеге жазба, қосу үшін Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="114"/>
        <source>{camera} — {name}, since {time}</source>
        <translation>{camera} — {name}, {time} бастап</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="137"/>
        <location filename="../../app/ui/remarks.py" line="153"/>
        <source>Choose a camera that is out.</source>
        <translation>Берілген бейнетіркегішті таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="141"/>
        <source>Written in Remarks at {time}.</source>
        <translation>Ескертпеге {time} жазылды.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports_view.py" line="52"/>
        <source>&amp;Month by inspector</source>
        <translation>Инспекторлар бойынша &amp;ай</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="53"/>
        <source>&amp;Audit log of the month</source>
        <translation>Айдың &amp;аудит журналы</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="54"/>
        <source>&amp;Chain of custody</source>
        <translation>&amp;Сақтау тізбегі</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="55"/>
        <source>&amp;Save as PDF, CSV or XLSX…</source>
        <translation>PDF, CSV немесе XLSX ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="78"/>
        <source>Month:</source>
        <translation>Ай:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="83"/>
        <source>Recording №:</source>
        <translation>Жазба №:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="109"/>
        <source>Working it out…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="169"/>
        <source>Rows: {n}.</source>
        <translation>Жолдар: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="193"/>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="203"/>
        <source>Saved {file}.</source>
        <translation>Сақталды: {file}.</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="383"/>
        <source>Reprint pages</source>
        <translation>Беттерді қайта басу</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="389"/>
        <source>e.g. 3-5, 8; empty: the whole volume</source>
        <translation>мысалы, 3-5, 8; бос болса: бүкіл том</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="390"/>
        <source>With the covers</source>
        <translation>Мұқабаларымен</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="393"/>
        <source>The pages print exactly as first printed, marked &quot;duplicate&quot;; the reprint is recorded in the audit log.</source>
        <translation>Беттер алғаш басылғандай, «телнұсқа» белгісімен басылады; қайта басу аудит журналына жазылады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="398"/>
        <source>&amp;Volume:</source>
        <translation>&amp;Том:</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="399"/>
        <source>&amp;Pages:</source>
        <translation>&amp;Беттер:</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="421"/>
        <source>Write page numbers like 3-5, 8.</source>
        <translation>Бет нөмірлерін 3-5, 8 түрінде жазыңыз.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../app/ui/retention_view.py" line="101"/>
        <source>&amp;Confirm today&apos;s date…</source>
        <translation>Бүгінгі күнді &amp;растау…</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="109"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="109"/>
        <source>Recorded</source>
        <translation>Түсірілген</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="109"/>
        <source>Camera</source>
        <translation>Бейнетіркегіш</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="109"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="110"/>
        <source>Downloaded</source>
        <translation>Жүктелген</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="110"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="110"/>
        <source>Keep until (R9)</source>
        <translation>Сақтау мерзімі (R9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="111"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="117"/>
        <source>&amp;Hold…</source>
        <translation>Жоюға &amp;тыйым салу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="119"/>
        <source>&amp;Lift the hold…</source>
        <translation>Тыйымды &amp;алу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="133"/>
        <source>Footage is kept 1 year from its download; 5 years for administrative offences and inspections (R9), counted in calendar years. The head puts footage on hold and approves its destruction.</source>
        <translation>Фото және бейнежазбалар жүктелген сәттен бастап 1 жыл, әкімшілік құқық бұзушылықтар мен тексерулер бойынша 5 жыл сақталады (R9), мерзім күнтізбелік жылмен есептеледі. Жоюға тыйым салуды және жоюға рұқсатты басшы береді.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="136"/>
        <source>Footage is kept 1 year from its download; 5 years for administrative offences and inspections (R9), counted in calendar years. Holds and destruction are the head&apos;s decisions; after the computer&apos;s clock moved, you confirm today&apos;s date.</source>
        <translation>Фото және бейнежазбалар жүктелген сәттен бастап 1 жыл, әкімшілік құқық бұзушылықтар мен тексерулер бойынша 5 жыл сақталады (R9), мерзім күнтізбелік жылмен есептеледі. Жоюға тыйым салу мен жою туралы басшы шешеді; компьютер сағаты жылжығаннан кейін бүгінгі күнді сіз растайсыз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="155"/>
        <source>on hold: {reason}</source>
        <translation>жоюға тыйым салынған: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="157"/>
        <source>past its term</source>
        <translation>сақтау мерзімі өтті</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/retention_view.py" line="143"/>
        <source>&lt;b&gt;Past their term, or reaching it within %n day(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Сақтау мерзімі өткен немесе %n күн ішінде өтетін жазбалар&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Сақтау мерзімі өткен немесе %n күн ішінде өтетін жазбалар&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/retention_view.py" line="158"/>
        <source>term ends in %n day(s)</source>
        <translation>
            <numerusform>мерзімі %n күннен кейін бітеді</numerusform>
            <numerusform>мерзімі %n күннен кейін бітеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/retention_view.py" line="194"/>
        <source>&amp;Destroy %n recording(s) past their term…</source>
        <translation>
            <numerusform>Мерзімі өткен %n жазбаны &amp;жою…</numerusform>
            <numerusform>Мерзімі өткен %n жазбаны &amp;жою…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="198"/>
        <source>{ready} past their term and not held, {held} on hold, {soon} reaching their term soon.</source>
        <translation>Мерзімі өткен және тыйым салынбаған: {ready}; жоюға тыйым салынған: {held}; мерзімі жақында бітетін: {soon}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="205"/>
        <source>The computer&apos;s clock has not jumped since it was last confirmed.</source>
        <translation>Соңғы растаудан бері компьютер сағаты секірген жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="208"/>
        <source>The computer&apos;s clock moved back from {before} to {after}.</source>
        <translation>Компьютер сағаты {before} уақытынан {after} уақытына артқа жылжыды.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="210"/>
        <source>The computer&apos;s clock moved forward from {before} to {after}.</source>
        <translation>Компьютер сағаты {before} уақытынан {after} уақытына алға жылжыды.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="212"/>
        <source>Nothing is destroyed until the responsible officer confirms today&apos;s date.</source>
        <translation>Жауапты тұлға бүгінгі күнді растағанға дейін ештеңе жойылмайды.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="250"/>
        <source>Put on hold</source>
        <translation>Жоюға тыйым салу</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="251"/>
        <source>Recording {id} will not be destroyed, whatever its term, until you lift the hold (R9).</source>
        <translation>{id} жазбасы сақтау мерзіміне қарамастан, сіз тыйымды алғанша жойылмайды (R9).</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="244"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="253"/>
        <source>e.g. court case №, complaint, prosecutor&apos;s request</source>
        <translation>мысалы: сот ісінің №, шағым, прокурордың сұрауы</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="258"/>
        <source>Lift the hold</source>
        <translation>Тыйымды алу</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="259"/>
        <source>Recording {id} is kept until {date} (R9); past that, it can be destroyed.</source>
        <translation>{id} жазбасы {date} дейін сақталады (R9); одан кейін оны жоюға болады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="262"/>
        <source>e.g. the case is closed</source>
        <translation>мысалы: іс жабылды</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="267"/>
        <source>Confirm today&apos;s date</source>
        <translation>Бүгінгі күнді растау</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="268"/>
        <source>Look at a calendar (not at this computer) and type today&apos;s date. If it is not the date the computer shows, set the computer&apos;s clock right first.</source>
        <translation>Күнтізбеге қарап (бұл компьютерге емес), бүгінгі күнді жазыңыз. Егер ол компьютер көрсететін күн болмаса, алдымен компьютер сағатын дұрыстаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="271"/>
        <source>&amp;Today is:</source>
        <translation>&amp;Бүгін:</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="271"/>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/ui/review.py" line="46"/>
        <source>&amp;Recorded from</source>
        <translation>&amp;Түсірілген күні:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="52"/>
        <source>Only with recording &amp;gaps (R13)</source>
        <translation>Тек жазба &amp;үзілістері барлары (R13)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="53"/>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="59"/>
        <source>Inspector:</source>
        <translation>Инспектор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="60"/>
        <source>Camera:</source>
        <translation>Бейнетіркегіш:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="61"/>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="63"/>
        <location filename="../../app/ui/review.py" line="121"/>
        <source>Category:</source>
        <translation>Санаты:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="73"/>
        <source>Recorded</source>
        <translation>Түсірілген</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="73"/>
        <source>Camera</source>
        <translation>Бейнетіркегіш</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="73"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="73"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="74"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="74"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="74"/>
        <source>Keep until (R9)</source>
        <translation>Сақтау мерзімі (R9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="75"/>
        <source>Gaps in the period</source>
        <translation>Кезеңдегі үзілістер</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="75"/>
        <source>Hold / destroyed</source>
        <translation>Тыйым / жойылған</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="85"/>
        <source>Choose a recording.</source>
        <translation>Жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="98"/>
        <source>&amp;Open (decrypted in memory)</source>
        <translation>&amp;Ашу (жадта шифрсыздандырылады)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="103"/>
        <source>&amp;Change…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="110"/>
        <source>a note kept beside the footage, Enter to add</source>
        <translation>жазбаның жанында сақталатын ескертпе, қосу үшін Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="112"/>
        <source>Release a &amp;copy to an inspector…</source>
        <translation>Инспекторға &amp;көшірме беру…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="123"/>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="126"/>
        <source>Recording gaps in this custody period (R13):</source>
        <translation>Осы беру кезеңіндегі жазба үзілістері (R13):</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="148"/>
        <source>all</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="181"/>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="181"/>
        <source>video</source>
        <translation>бейне</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/review.py" line="185"/>
        <source>%n gap(s), {m} min</source>
        <translation>
            <numerusform>%n үзіліс, {m} мин</numerusform>
            <numerusform>%n үзіліс, {m} мин</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="196"/>
        <source>destroyed {date}</source>
        <translation>{date} жойылды</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="198"/>
        <source>held: {reason}</source>
        <translation>жоюға тыйым салынған: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="224"/>
        <source>{name}
Size in bytes: {size}; SHA-256 {sha}…
Downloaded {when}</source>
        <translation>{name}
Көлемі (байт): {size}; SHA-256 {sha}…
Жүктелген {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="229"/>
        <source>Kept until {date} (R9).</source>
        <translation>{date} дейін сақталады (R9).</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="236"/>
        <source>{name}
Destroyed on {when} after its retention term (R9); only its record is kept.</source>
        <translation>{name}
Сақтау мерзімі өткеннен кейін {when} жойылды (R9); тек оның есебі сақталған.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="241"/>
        <source>{start} – {end}: {m} min without recording</source>
        <translation>{start} – {end}: {m} мин жазбасыз</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="244"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="273"/>
        <source>Decrypting…</source>
        <translation>Шифрсыздандырылуда…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="280"/>
        <source>hash matches</source>
        <translation>хэш сәйкес</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="280"/>
        <source>HASH DIFFERS — run a vault check</source>
        <translation>ХЭШ СӘЙКЕС ЕМЕС — қойманы тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="296"/>
        <source>{name}: {size} bytes decrypted in memory, {check}.</source>
        <translation>{name}: {size} байт жадта шифрдан шығарылды, {check}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="319"/>
        <source>Change the category</source>
        <translation>Санатты өзгерту</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="320"/>
        <source>Recording {id} becomes: {category}. The category decides how long the recording is kept (R9); the reason is kept with the change.</source>
        <translation>{id} жазбасының жаңа санаты: {category}. Жазбаның қанша уақыт сақталатынын санат анықтайды (R9); себебі өзгеріспен бірге сақталады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="323"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="323"/>
        <source>e.g. protocol № of the administrative offence</source>
        <translation>мысалы: әкімшілік құқық бұзушылық туралы хаттаманың №</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="355"/>
        <source>bookmark</source>
        <translation>бетбелгі</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="48"/>
        <source>HH:MM</source>
        <translation>СС:ММ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="50"/>
        <source>YYYY-MM-DD, YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="54"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="56"/>
        <source>Wipe the card after its footage is stored and verified (R1, R14)</source>
        <translation>Жазбалар сақталып, тексерілгеннен кейін картаны тазарту (R1, R14)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="60"/>
        <source>Download a docked camera as soon as it is identified</source>
        <translation>Қондырылған бейнетіркегішті анықталған бойда түсіру</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="70"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="74"/>
        <source>Territorial unit:</source>
        <translation>Аумақтық бөлімше:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="75"/>
        <source>Agency:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="76"/>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="77"/>
        <source>Working days (R21):</source>
        <translation>Жұмыс күндері (R21):</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="78"/>
        <source>Working day starts:</source>
        <translation>Жұмыс күнінің басталуы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="79"/>
        <source>Working day ends:</source>
        <translation>Жұмыс күнінің аяқталуы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="80"/>
        <source>Lunch from:</source>
        <translation>Түскі үзіліс басталады:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="81"/>
        <source>Lunch to:</source>
        <translation>Түскі үзіліс аяқталады:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="82"/>
        <source>Extra days off (decrees):</source>
        <translation>Қосымша демалыс күндері (қаулылар):</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="83"/>
        <source>Extra working days (decrees):</source>
        <translation>Қосымша жұмыс күндері (қаулылар):</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="84"/>
        <source>Lock after inactivity:</source>
        <translation>Әрекетсіздіктен кейін құлыптау:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="87"/>
        <source>Cameras downloading at once (R20):</source>
        <translation>Бір уақытта түсірілетін бейнетіркегіштер (R20):</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="88"/>
        <source>Lowest battery charge at issue (R11):</source>
        <translation>Беру кезіндегі батареяның ең төменгі заряды (R11):</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="113"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="113"/>
        <source>Nothing changed.</source>
        <translation>Ештеңе өзгерген жоқ.</translation>
    </message>
</context>
<context>
    <name>TieDialog</name>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="37"/>
        <source>Which camera is this?</source>
        <translation>Бұл қай бейнетіркегіш?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="47"/>
        <source>The volume {label} does not say which camera it belongs to (a card in a reader, or a camera without a readable serial). Choose the inventory number of its camera or memory card. Your choice is written in the journal, and this card is recognised at its next docking.</source>
        <translation>{label} томы қай бейнетіркегішке тиесілі екенін айтпайды (оқу құрылғысындағы карта немесе сериялық нөмірі оқылмайтын бейнетіркегіш). Оның бейнетіркегішінің немесе жад картасының түгендеу нөмірін таңдаңыз. Таңдауыңыз журналға жазылады, ал келесі қондыруда бұл карта танылады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="51"/>
        <source>Tie</source>
        <translation>Байланыстыру</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="51"/>
        <source>&amp;Inventory number:</source>
        <translation>&amp;Түгендеу нөмірі:</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/today.py" line="39"/>
        <source>Camera</source>
        <translation>Бейнетіркегіш</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="39"/>
        <source>Where it is</source>
        <translation>Қайда тұр</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="39"/>
        <source>Since</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="63"/>
        <source>&lt;b&gt;Where is every camera right now?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Әр бейнетіркегіш дәл қазір қайда?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="68"/>
        <source>&lt;b&gt;What needs doing&lt;/b&gt;</source>
        <translation>&lt;b&gt;Не істеу керек&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="76"/>
        <source>&lt;b&gt;Docking station&lt;/b&gt;</source>
        <translation>&lt;b&gt;Қондыру станциясы&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="40"/>
        <source>In the dock</source>
        <translation>Қондырғыда</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="39"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="124"/>
        <source>Out with {name}</source>
        <translation>{name} инспекторда</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="126"/>
        <source>In store</source>
        <translation>Сақтауда</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="126"/>
        <source>Issued</source>
        <translation>Берілген</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="127"/>
        <source>Faulty</source>
        <translation>Ақаулы</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="127"/>
        <source>Written off</source>
        <translation>Есептен шығарылған</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="159"/>
        <source>{camera} is not back from {name}; due by {due} (R17)</source>
        <translation>{camera} {name} инспектордан әлі қайтарылған жоқ; мерзімі {due} (R17)</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="161"/>
        <source>OVERDUE: {camera} was due back from {name} by {due} (R17)</source>
        <translation>МЕРЗІМІ ӨТТІ: {camera} {name} инспектордан {due} дейін қайтарылуы тиіс еді (R17)</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="163"/>
        <source>Download the footage of {camera} ({name}) by {due} (R8)</source>
        <translation>{camera} ({name}) жазбаларын {due} дейін көшіріңіз (R8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="165"/>
        <source>OVERDUE: the footage of {camera} ({name}) was due by {due} (R8)</source>
        <translation>МЕРЗІМІ ӨТТІ: {camera} ({name}) жазбалары {due} дейін көшірілуі тиіс еді (R8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="169"/>
        <source>{number} reaches the end of its service life on {date} (R19)</source>
        <translation>{number} қызмет мерзімі {date} аяқталады (R19)</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="173"/>
        <source>{number} still has the factory-default device password; change it on the camera</source>
        <translation>{number} құрылғысында әлі зауыттық құпиясөз тұр; оны бейнетіркегіште ауыстырыңыз</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="178"/>
        <source>the head</source>
        <translation>басшының</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="179"/>
        <source>the responsible officer</source>
        <translation>жауапты тұлғаның</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="180"/>
        <source>A copy of the key slot of {who} ({copy}) is damaged; it is rewritten from the intact copy at their next unlock.</source>
        <translation>{who} кілт слотының көшірмесі ({copy}) зақымдалған; ол келесі ашылғанда бүтін көшірмеден қайта жазылады.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="183"/>
        <source>Both copies of the key slot of {who} are damaged: that password no longer opens the vault. Restore the keys folder from a backup.</source>
        <translation>{who} кілт слотының екі көшірмесі де зақымдалған: бұл құпиясөз қойманы енді ашпайды. keys қалтасын сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="194"/>
        <source>Swap {area} is not on an encrypted disk (or cannot be checked): memory holding keys and footage may be written there. Ask the administrator for encrypted swap or none.</source>
        <translation>Айырбас аймағы (swap) {area} шифрланған дискіде емес (немесе оны тексеру мүмкін емес): кілттер мен бейнежазбалар тұрған жад сонда жазылуы мүмкін. Әкімшіден айырбас аймағын шифрлауды немесе оны өшіруді сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="200"/>
        <source>Nothing is due.</source>
        <translation>Мерзімі жеткен іс жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today.py" line="203"/>
        <source>Last full check of the vault: {date}, everything intact (%n file(s) decrypted and rehashed).</source>
        <translation>
            <numerusform>Қойманың соңғы толық тексерісі: {date}, бәрі бүтін (%n файлдың шифры ашылып, хэші қайта есептелді).</numerusform>
            <numerusform>Қойманың соңғы толық тексерісі: {date}, бәрі бүтін (%n файлдың шифры ашылып, хэші қайта есептелді).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today.py" line="220"/>
        <source>The full check of {date} found damage (%n problem(s)): run &quot;dalel verify&quot; for the details and restore from the backup if needed.</source>
        <translation>
            <numerusform>{date} толық тексерісі зақым анықтады (%n ақау): толығырақ білу үшін &quot;dalel verify&quot; командасын орындаңыз, қажет болса сақтық көшірмеден қалпына келтіріңіз.</numerusform>
            <numerusform>{date} толық тексерісі зақым анықтады (%n ақау): толығырақ білу үшін &quot;dalel verify&quot; командасын орындаңыз, қажет болса сақтық көшірмеден қалпына келтіріңіз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today.py" line="243"/>
        <source>The last backup of the vault is from {date}, more than %n day(s) ago: back it up to an external drive again (Back up… on the toolbar).</source>
        <translation>
            <numerusform>Қойманың соңғы сақтық көшірмесі {date} жасалған, яғни %n күннен астам уақыт бұрын: оны сыртқы дискіге қайта көшіріңіз (құралдар тақтасындағы «Сақтық көшірме…»).</numerusform>
            <numerusform>Қойманың соңғы сақтық көшірмесі {date} жасалған, яғни %n күннен астам уақыт бұрын: оны сыртқы дискіге қайта көшіріңіз (құралдар тақтасындағы «Сақтық көшірме…»).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="212"/>
        <source>Checking the whole vault in the background: {done} of {total} files (paused while cameras download).</source>
        <translation>Бүкіл қойма фонда тексерілуде: {total} файлдың {done} файлы (бейнетіркегіштер көшірілген кезде кідіреді).</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="217"/>
        <source>The whole vault has not been checked yet: the check starts by itself, or use &quot;Check the whole vault&quot;.</source>
        <translation>Бүкіл қойма әлі тексерілген жоқ: тексеріс өзі басталады немесе «Бүкіл қойманы тексеру» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="239"/>
        <source>The vault has never been backed up: copy it to an external drive (Back up… on the toolbar), so that the footage survives the loss of this PC&apos;s disk.</source>
        <translation>Қойманың сақтық көшірмесі әлі жасалмаған: бейнежазбалар осы компьютердің дискісі істен шыққанда да сақталуы үшін оны сыртқы дискіге көшіріңіз (құралдар тақтасындағы «Сақтық көшірме…»).</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="256"/>
        <source>The computer&apos;s clock moved back from {before} to {after}; no footage is destroyed until the responsible officer confirms today&apos;s date (Retention tab).</source>
        <translation>Компьютер сағаты {before} уақытынан {after} уақытына артқа жылжыды; жауапты тұлға бүгінгі күнді растағанша ешбір жазба жойылмайды («Сақтау мерзімі» қойындысы).</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="259"/>
        <source>The computer&apos;s clock moved forward from {before} to {after}; no footage is destroyed until the responsible officer confirms today&apos;s date (Retention tab).</source>
        <translation>Компьютер сағаты {before} уақытынан {after} уақытына алға жылжыды; жауапты тұлға бүгінгі күнді растағанша ешбір жазба жойылмайды («Сақтау мерзімі» қойындысы).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today.py" line="266"/>
        <source>%n recording(s) are past their retention term; the head decides on their destruction on the Retention tab (R9).</source>
        <translation>
            <numerusform>%n жазбаның сақтау мерзімі өтті; оларды жою туралы басшы «Сақтау мерзімі» қойындысында шешеді (R9).</numerusform>
            <numerusform>%n жазбаның сақтау мерзімі өтті; оларды жою туралы басшы «Сақтау мерзімі» қойындысында шешеді (R9).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="40"/>
        <source>Dalel — body-camera journal and evidence vault</source>
        <translation>Dalel — бейнетіркегіштер журналы және дәлелдер қоймасы</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="42"/>
        <source>&amp;Responsible officer</source>
        <translation>&amp;Жауапты тұлға</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="43"/>
        <source>&amp;Head of the office</source>
        <translation>&amp;Басшы</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="50"/>
        <source>your own vault password</source>
        <translation>қойманың өз құпиясөзіңіз</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="52"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="63"/>
        <source>Who are you:</source>
        <translation>Сіз кімсіз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="64"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="68"/>
        <source>Vault: {path}</source>
        <translation>Қойма: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="69"/>
        <source>Only the responsible officer and the head hold a password for this vault.</source>
        <translation>Бұл қойманың құпиясөзі тек жауапты тұлға мен басшыда бар.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="75"/>
        <source>Demo vault. Officer&apos;s password: {officer}   Head&apos;s password: {head}</source>
        <translation>Демо-қойма. Жауапты тұлғаның құпиясөзі: {officer}   Басшының құпиясөзі: {head}</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="92"/>
        <source>Type your password.</source>
        <translation>Құпиясөзіңізді теріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="95"/>
        <source>Checking the password…</source>
        <translation>Құпиясөз тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="113"/>
        <source>Wrong password. Check the keyboard layout and Caps Lock; after five wrong tries in a row unlocking is blocked for ten minutes.</source>
        <translation>Құпиясөз қате. Пернетақта тілі мен Caps Lock-ты тексеріңіз; қатарынан бес рет қате енгізілсе, ашу он минутқа бұғатталады.</translation>
    </message>
</context>
<context>
    <name>VerifyPageDialog</name>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="332"/>
        <source>Check a paper page</source>
        <translation>Қағаз бетті тексеру</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="341"/>
        <source>&amp;Check</source>
        <translation>&amp;Тексеру</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="346"/>
        <source>Code printed on the page:</source>
        <translation>Бетте басылған код:</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="347"/>
        <source>Page number:</source>
        <translation>Бет нөмірі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="359"/>
        <source>The page matches the vault: volume {v}, page {p}, printed {when}.</source>
        <translation>Бет қоймаға сәйкес: {v}-том, {p}-бет, басылған уақыты {when}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="363"/>
        <source>The page must show:</source>
        <translation>Бетте мыналар болуы тиіс:</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="364"/>
        <source>struck</source>
        <translation>сызылған</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="371"/>
        <source>The page does NOT match the vault: {why}</source>
        <translation>Бет қоймаға СӘЙКЕС ЕМЕС: {why}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../app/ui/workspace.py" line="34"/>
        <source>&amp;Today</source>
        <translation>&amp;Бүгін</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="35"/>
        <source>&amp;Issue and return</source>
        <translation>Б&amp;еру және қабылдау</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="36"/>
        <source>&amp;Journal</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="37"/>
        <source>Re&amp;view</source>
        <translation>&amp;Қарау</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="38"/>
        <source>Rete&amp;ntion</source>
        <translation>Сақтау &amp;мерзімі</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="39"/>
        <source>Re&amp;gisters</source>
        <translation>&amp;Тізілімдер</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="40"/>
        <source>Re&amp;ports</source>
        <translation>Есе&amp;птер</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="41"/>
        <source>Se&amp;ttings</source>
        <translation>Б&amp;аптаулар</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="43"/>
        <source>issue a camera (and card) to an inspector (R5, R6, R11, R12)</source>
        <translation>инспекторға бейнетіркегіш (және карта) беру (R5, R6, R11, R12)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="47"/>
        <location filename="../../app/cli/shared_args.py" line="16"/>
        <source>personnel number</source>
        <translation>табель нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="13"/>
        <location filename="../../app/cli/shared_args.py" line="14"/>
        <source>inventory number</source>
        <translation>түгендеу нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="18"/>
        <source>card inventory number (default: the card in the camera)</source>
        <translation>картаның түгендеу нөмірі (әдепкі: бейнетіркегіштегі карта)</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="20"/>
        <source>number of the seal on the card slot (R6)</source>
        <translation>карта ұясындағы мөрдің нөмірі (R6)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="23"/>
        <source>pre-use checks done, comma-separated: {names}, or &apos;all&apos;</source>
        <translation>жасалған алдын ала тексерулер, үтір арқылы: {names} немесе &apos;all&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="29"/>
        <source>the battery&apos;s charge at issue, in per cent (R11)</source>
        <translation>берген кездегі батарея заряды, пайызбен (R11)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="31"/>
        <source>issue below the office&apos;s lowest charge (journalled)</source>
        <translation>кеңсенің ең төменгі зарядынан төмен болса да беру (журналға жазылады)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="33"/>
        <source>why a camera past its 7-year service life still goes out (R19, journalled)</source>
        <translation>7 жылдық қызмет мерзімі өткен бейнетіркегіштің неге әлі де берілетіні (R19, журналға жазылады)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="35"/>
        <source>confirm that a camera registered with its factory password now has its own (journalled)</source>
        <translation>зауыттық құпиясөзбен тіркелген бейнетіркегіштің құпиясөзі ауыстырылғанын растау (журналға жазылады)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="50"/>
        <source>issue entry of the failed camera this one replaces (R16)</source>
        <translation>осы бейнетіркегіш ауыстыратын ақаулы бейнетіркегіштің беру жазбасы (R16)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="52"/>
        <source>take a camera back (R17)</source>
        <translation>бейнетіркегішті қабылдап алу (R17)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="54"/>
        <source>the camera came back faulty (it is not issued again)</source>
        <translation>бейнетіркегіш ақаулы қайтарылды (ол қайта берілмейді)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="56"/>
        <source>meal break (R15) or a note, in Remarks</source>
        <translation>түскі ас үзілісі (R15) немесе ескертпе, «Ескертпе» бағанына</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="58"/>
        <source>inventory number of the camera that is out</source>
        <translation>берілген бейнетіркегіштің түгендеу нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="60"/>
        <source>meal-pause and meal-resume: the meal break (R15); note: a remark</source>
        <translation>meal-pause және meal-resume — түскі ас үзілісі (R15); note — ескертпе</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="62"/>
        <source>the remark&apos;s text (for a note)</source>
        <translation>ескертпенің мәтіні (note үшін)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="64"/>
        <source>record a failed camera or card: cause and time reported (R16)</source>
        <translation>бейнетіркегіштің немесе картаның ақауын жазу: себебі және хабарланған уақыты (R16)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="69"/>
        <source>what failed, in words</source>
        <translation>не істен шықты, сөзбен</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="70"/>
        <source>issue a replacement for a failed camera (R16)</source>
        <translation>ақаулы бейнетіркегіштің орнына басқасын беру (R16)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="72"/>
        <source>inventory number of the camera that failed</source>
        <translation>ақаулы бейнетіркегіштің түгендеу нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="74"/>
        <source>inventory number of the camera issued instead</source>
        <translation>орнына берілетін бейнетіркегіштің түгендеу нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="77"/>
        <source>strike an entry and write the right one (R7)</source>
        <translation>жазбаны сызып, дұрысын жазу (R7)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="79"/>
        <source>journal entry number</source>
        <translation>журнал жазбасының нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="80"/>
        <source>why the entry is corrected (written in Remarks, R7)</source>
        <translation>жазбаның неге түзетілетіні (Ескертпеге жазылады, R7)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="82"/>
        <source>the right inspector (personnel number)</source>
        <translation>дұрыс инспектор (табель нөмірі)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="84"/>
        <source>the right camera (inventory number)</source>
        <translation>дұрыс бейнетіркегіш (түгендеу нөмірі)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="86"/>
        <source>the right memory card (inventory number)</source>
        <translation>дұрыс жад картасы (түгендеу нөмірі)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="89"/>
        <source>the right seal number</source>
        <translation>пломбаның дұрыс нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="91"/>
        <source>a remark&apos;s right text</source>
        <translation>ескертпенің дұрыс мәтіні</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="92"/>
        <source>strike a return made by mistake</source>
        <translation>қате жазылған қабылдауды сызу</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="93"/>
        <source>correct the striking of a return: the return stands again (R7)</source>
        <translation>тапсыру жазбасының сызылуын түзету: тапсыру қайта күшіне енеді (R7)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="144"/>
        <source>Journal row № {n}: {camera} issued to the inspector: {who}.</source>
        <translation>Журналдың № {n} жолы: {camera} инспекторға берілді: {who}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="27"/>
        <source>the journal in its 8 official columns (R18)</source>
        <translation>8 ресми бағандағы журнал (R18)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="32"/>
        <source>language of the Remarks wording (default: Russian with --lang ru, else Kazakh)</source>
        <translation>Ескертпелер бағанының тілі (әдепкісі: --lang ru болса орыс тілі, әйтпесе қазақ тілі)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="35"/>
        <source>raw journal entries with their hashes</source>
        <translation>журналдың бастапқы жазбалары хэштерімен</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="37"/>
        <source>only entries of this kind (as --json names it)</source>
        <translation>тек осы түрдегі жазбалар (--json атауымен)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="39"/>
        <source>cameras not back (R17) and footage not downloaded (R8)</source>
        <translation>қайтарылмаған бейнетіркегіштер (R17) және түсірілмеген жазбалар (R8)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="132"/>
        <source>Nothing is due: no camera is out (R17) and no footage handed in waits to be downloaded (R8).</source>
        <translation>Мерзімі жеткен ештеңе жоқ: берілген бейнетіркегіш жоқ (R17), тапсырылған бейнежазбалардың бәрі көшірілген (R8).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="105"/>
        <source>Unknown check {names}; use: {choices}.</source>
        <translation>Белгісіз тексеру {names}; мыналарды қолданыңыз: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="156"/>
        <source>{camera} returned (journal row № {n}).</source>
        <translation>{camera} тапсырылды (журналдың № {n} жолы).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="167"/>
        <source>{camera} is not out.</source>
        <translation>{camera} берілмеген.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="179"/>
        <source>{camera} has never been issued.</source>
        <translation>{camera} ешқашан берілмеген.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="182"/>
        <source>Remark recorded (entry {n}).</source>
        <translation>Ескертпе жазылды (№ {n} жазба).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="190"/>
        <source>Malfunction recorded (entry {n}); issue a replacement with &apos;dalel replace&apos;.</source>
        <translation>Ақау жазылды (№ {n} жазба); ауыстыруды &apos;dalel replace&apos; арқылы беріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="203"/>
        <source>Entry {n}: {camera} issued as a replacement.</source>
        <translation>№ {n} жазба: {camera} ауыстыру ретінде берілді.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="223"/>
        <source>Entry {old} struck; correction recorded as entry {n} (Түзетілді).</source>
        <translation>№ {old} жазба сызылды; түзету № {n} жазба ретінде жазылды (Түзетілді).</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="12"/>
        <source>inventory</source>
        <translation>түгендеу нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="11"/>
        <source>inspector</source>
        <translation>инспектор</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="88"/>
        <source>received</source>
        <translation>алды</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="89"/>
        <source>handed in</source>
        <translation>тапсырды</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="24"/>
        <source>downloaded</source>
        <translation>түсірілді</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="91"/>
        <source>officer</source>
        <translation>жауапты тұлға</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="92"/>
        <source>remarks</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="96"/>
        <source>~N~ = struck through by a correction (R7)</source>
        <translation>~N~ = түзетумен сызылған (R7)</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="13"/>
        <location filename="../../app/cli/shown.py" line="71"/>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <location filename="../../app/cli/shown.py" line="41"/>
        <source>local time ({zone})</source>
        <translation>жергілікті уақыт ({zone})</translation>
    </message>
    <message>
        <location filename="../../app/cli/shown.py" line="71"/>
        <source>issue</source>
        <translation>беру</translation>
    </message>
    <message>
        <location filename="../../app/cli/shown.py" line="72"/>
        <source>corrects</source>
        <translation>түзетеді</translation>
    </message>
    <message>
        <location filename="../../app/cli/shown.py" line="73"/>
        <source>data</source>
        <translation>деректер</translation>
    </message>
    <message>
        <location filename="../../app/cli/shown.py" line="72"/>
        <source>hash</source>
        <translation>хэш</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="111"/>
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="125"/>
        <source>rule</source>
        <translation>ереже</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="10"/>
        <source>camera</source>
        <translation>бейнетіркегіш</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="128"/>
        <source>since</source>
        <translation>бастап</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="129"/>
        <source>due</source>
        <translation>мерзімі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="43"/>
        <source>docked cameras: list, download, clock, wipe</source>
        <translation>қондырылған бейнетіркегіштер: тізім, түсіру, сағат, тазарту</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="33"/>
        <source>look for camera volumes in DIR (repeatable)</source>
        <translation>бейнетіркегіш дискілерін DIR ішінен іздеу (қайталауға болады)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="35"/>
        <source>the camera&apos;s volume</source>
        <translation>бейнетіркегіштің дискісі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="36"/>
        <source>do not enumerate USB</source>
        <translation>USB құрылғыларын тізбелемеу</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="44"/>
        <source>list docked cameras</source>
        <translation>қондырылған бейнетіркегіштер тізімі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="45"/>
        <source>download a camera&apos;s footage into the vault</source>
        <translation>бейнетіркегіштің жазбаларын қоймаға түсіру</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="49"/>
        <source>inventory number (else found by serial)</source>
        <translation>түгендеу нөмірі (болмаса сериялық нөмір бойынша табылады)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="51"/>
        <source>ingest a folder (needs --camera)</source>
        <translation>қалтаны түсіру (--camera қажет)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="52"/>
        <source>wipe the card after a verified complete download</source>
        <translation>толық әрі тексерілген түсіруден кейін картаны тазарту</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="31"/>
        <source>confirm the wipe</source>
        <translation>тазартуды растау</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="55"/>
        <source>set the camera&apos;s date and time from this PC (R1)</source>
        <translation>бейнетіркегіштің күні мен уақытын осы компьютерден орнату (R1)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="60"/>
        <source>wipe the card after checking every file is in the vault</source>
        <translation>әр файлдың қоймада екенін тексергеннен кейін картаны тазарту</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="65"/>
        <source>wipe a card read as a folder (a card reader)</source>
        <translation>қалта ретінде оқылған картаны тазарту (карта оқу құрылғысы)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="68"/>
        <source>recording gaps (R13, R15)</source>
        <translation>жазба үзілістері (R13, R15)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="70"/>
        <source>issue entry number</source>
        <translation>беру жазбасының нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="72"/>
        <source>shortest gap to list, in minutes (5 unless given)</source>
        <translation>тізімге енетін ең қысқа үзіліс, минутпен (көрсетілмесе 5)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="74"/>
        <source>keep them for review</source>
        <translation>қарау үшін сақтау</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="75"/>
        <source>remove orphan temp files, quarantine unreferenced blobs</source>
        <translation>иесіз уақытша файлдарды жою, сілтемесіз файлдарды карантинге көшіру</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="78"/>
        <source>then delete what the quarantine holds; only after a clean full check (audited)</source>
        <translation>содан кейін карантиндегіні жою; тек қатесіз толық тексеруден кейін (аудитке жазылады)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="94"/>
        <source>{problem} It was skipped; the other device profiles are in use.</source>
        <translation>{problem} Ол өткізіліп жіберілді; қалған құрылғы профильдері қолданылып жатыр.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="129"/>
        <source>{path} is not a folder.</source>
        <translation>{path} қалта емес.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="158"/>
        <source>Camera {number} is not docked.</source>
        <translation>{number} бейнетіркегіші қондырғыда емес.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="167"/>
        <source>UNREGISTERED (R4)</source>
        <translation>ТІРКЕЛМЕГЕН (R4)</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="15"/>
        <source>serial</source>
        <translation>сериялық нөмір</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="36"/>
        <source>holder</source>
        <translation>ұстаушы</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="37"/>
        <source>clock</source>
        <translation>сағат</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="38"/>
        <source>battery</source>
        <translation>батарея</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="39"/>
        <source>recordings</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="28"/>
        <source>volume</source>
        <translation>том</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="40"/>
        <source>notes</source>
        <translation>белгілер</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="184"/>
        <source>No camera is docked.</source>
        <translation>Қондырылған бейнетіркегіш жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="217"/>
        <source>Say which camera the folder came from: --camera INVENTORY (R4).</source>
        <translation>Қалта қай бейнетіркегіштен екенін көрсетіңіз: --camera ТҮГЕНДЕУ_НӨМІРІ (R4).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="233"/>
        <source>Wipe the card after the download?</source>
        <translation>Түсіруден кейін картаны тазарту керек пе?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_devices.py" line="251"/>
        <source>%n new recording(s) stored; already in the vault: {d}; failed: {f}.</source>
        <translation>
            <numerusform>%n жаңа жазба сақталды; қоймада бұрыннан бар: {d}; сәтсіз: {f}.</numerusform>
            <numerusform>%n жаңа жазба сақталды; қоймада бұрыннан бар: {d}; сәтсіз: {f}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_devices.py" line="267"/>
        <source>%n file(s) wiped from the card.</source>
        <translation>
            <numerusform>Картадан %n файл жойылды.</numerusform>
            <numerusform>Картадан %n файл жойылды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="274"/>
        <source>The card was not wiped: the wipe was not confirmed (use --yes). What was downloaded is stored in the vault and stays on the card too.</source>
        <translation>Карта тазартылмады: тазарту расталмады (--yes қолданыңыз). Түсірілгені қоймада сақталды және картада да қалды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_devices.py" line="373"/>
        <source>%n file(s) wiped after verification.</source>
        <translation>
            <numerusform>Тексеруден кейін %n файл жойылды.</numerusform>
            <numerusform>Тексеруден кейін %n файл жойылды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_dock_more.py" line="61"/>
        <source>Temporary files removed: {t}; blobs quarantined: {q}; missing: {m}.</source>
        <translation>Жойылған уақытша файлдар: {t}; карантинге көшірілген файлдар: {q}; жоқ: {m}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="301"/>
        <source>The volume {label} does not say which camera it is (a card in a reader?). Say which: --camera INVENTORY (R4); the choice is journalled.</source>
        <translation>{label} томы қай бейнетіркегіш екенін айтпайды (оқу құрылғысындағы карта ма?). Көрсетіңіз: --camera ТҮГЕНДЕУ_НӨМІРІ (R4); таңдау журналға жазылады.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="316"/>
        <source>{path} is not a camera volume that Dalel knows (no device profile matches it).</source>
        <translation>{path} — Dalel білетін камера томы емес (оған сәйкес құрылғы профилі жоқ).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="333"/>
        <source>Clock of {number} set to {time} ({method}).</source>
        <translation>{number} сағаты {time} уақытына орнатылды ({method}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="362"/>
        <source>Delete the footage from the card of {n}?</source>
        <translation>{n} картасынан жазбаларды жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="367"/>
        <source>Nothing was deleted (not confirmed; use --yes).</source>
        <translation>Ештеңе жойылған жоқ (расталмады; --yes қолданыңыз).</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="41"/>
        <source>from</source>
        <translation>бастап</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="42"/>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="43"/>
        <source>minutes</source>
        <translation>минут</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_dock_more.py" line="50"/>
        <source>No unexplained gaps.</source>
        <translation>Түсіндірілмеген үзілістер жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_dock_more.py" line="75"/>
        <source>Removed from the quarantine: %n file(s), {mb} MB.</source>
        <translation>
            <numerusform>Карантиннен жойылды: %n файл, {mb} МБ.</numerusform>
            <numerusform>Карантиннен жойылды: %n файл, {mb} МБ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="129"/>
        <source>Pages look like 1-3,7.</source>
        <translation>Беттер былай жазылады: 1-3,7.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_print.py" line="149"/>
        <source>%n sheet(s) in the PDF</source>
        <translation>
            <numerusform>PDF-те %n парақ</numerusform>
            <numerusform>PDF-те %n парақ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="151"/>
        <source>page {pages}</source>
        <translation>{pages}-бет</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="153"/>
        <source>pages {pages}</source>
        <translation>беттер {pages}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="158"/>
        <source>{path}: {kind}, volume {volume}, {pages} ({sheets}).</source>
        <translation>{path}: {kind}, {volume}-том, {pages} ({sheets}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="167"/>
        <source>{path}: {kind}, {pages} ({sheets}).</source>
        <translation>{path}: {kind}, {pages} ({sheets}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="175"/>
        <source>{path}: {kind} ({sheets}).</source>
        <translation>{path}: {kind} ({sheets}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="314"/>
        <source>Give the page&apos;s check code or --qr.</source>
        <translation>Беттің тексеру кодын немесе --qr беріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="31"/>
        <source>create the office&apos;s vault (R2)</source>
        <translation>мекеменің қоймасын құру (R2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="32"/>
        <source>the responsible officer&apos;s {what}</source>
        <translation>жауапты тұлғаның {what}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="33"/>
        <source>the head&apos;s {what}</source>
        <translation>басшының {what}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="34"/>
        <source>the head&apos;s password (else $DALEL_HEAD_PASSWORD, else a prompt)</source>
        <translation>басшының құпиясөзі (болмаса $DALEL_HEAD_PASSWORD, болмаса сұралады)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="37"/>
        <source>the agency whose journal form is printed</source>
        <translation>журналы нысаны басылатын ведомство</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="39"/>
        <source>territorial unit&apos;s name</source>
        <translation>аумақтық бөлімшенің атауы</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="41"/>
        <source>Argon2id work per unlock, calibrated on this PC (never below the floor)</source>
        <translation>әр ашудағы Argon2id жұмысы, осы компьютерде өлшенген (төменгі шектен кем емес)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="44"/>
        <source>unlock and show the vault&apos;s state</source>
        <translation>қойманы ашып, күйін көрсету</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="45"/>
        <source>change your own password</source>
        <translation>өз құпиясөзіңізді өзгерту</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="46"/>
        <source>the new password (else $DALEL_NEW_PASSWORD, else a prompt)</source>
        <translation>жаңа құпиясөз (болмаса $DALEL_NEW_PASSWORD, болмаса сұралады)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="48"/>
        <source>the head sets a new officer&apos;s password (R1, R2)</source>
        <translation>басшы жаңа жауапты тұлғаның құпиясөзін орнатады (R1, R2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="51"/>
        <source>the officer&apos;s new password (else $DALEL_NEW_PASSWORD, else a prompt)</source>
        <translation>жауапты тұлғаның жаңа құпиясөзі (әйтпесе $DALEL_NEW_PASSWORD, әйтпесе сұрау)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="53"/>
        <source>designate this member of staff (personnel number) as the new officer</source>
        <translation>осы қызметкерді (табель нөмірі) жаңа жауапты тұлға етіп тағайындау</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="190"/>
        <source>Key slot copy {copy} is damaged ({reason}); the head&apos;s next unlock repairs it.</source>
        <translation>{copy} кілт слоты көшірмесі зақымдалған ({reason}); басшы келесі рет ашқанда ол жөнделеді.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="196"/>
        <source>Key slot copy {copy} is damaged ({reason}); the responsible officer&apos;s next unlock repairs it.</source>
        <translation>{copy} кілт слоты көшірмесі зақымдалған ({reason}); жауапты тұлға келесі рет ашқанда ол жөнделеді.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_settings.py" line="22"/>
        <source>show or change office settings</source>
        <translation>мекеменің баптауларын көрсету немесе өзгерту</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_settings.py" line="23"/>
        <source>the setting to show or change (default: all)</source>
        <translation>көрсетілетін немесе өзгертілетін баптау (әдепкі: барлығы)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_settings.py" line="25"/>
        <source>its new value (lists comma-separated)</source>
        <translation>оның жаңа мәні (тізімдер үтір арқылы)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_settings.py" line="33"/>
        <source>only records of this action (as --json names it)</source>
        <translation>тек осы әрекеттің жазбалары (--json атауымен)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_settings.py" line="35"/>
        <source>at most this many records (the latest)</source>
        <translation>ең көбі осынша жазба (ең соңғылары)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="58"/>
        <source>check every blob, the index and the chains; exit 0 only if intact</source>
        <translation>әр файлды, индексті және тізбектерді тексеру; тек бүтін болса 0 кодымен аяқталады</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="61"/>
        <source>do not decrypt the footage</source>
        <translation>жазбаларды шифрдан шығармау</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="63"/>
        <source>a checkpoint code from paper or a release manifest</source>
        <translation>қағаздағы немесе көшірме манифесіндегі бақылау нүктесінің коды</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_settings.py" line="32"/>
        <source>show the audit log</source>
        <translation>аудит журналын көрсету</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="68"/>
        <source>print a signed checkpoint of the journal to keep off the PC</source>
        <translation>журналдың қол қойылған бақылау нүктесін компьютерден тыс сақтау үшін шығару</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="88"/>
        <source>Repeat: </source>
        <translation>Қайталаңыз: </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="91"/>
        <source>The two passwords differ.</source>
        <translation>Екі құпиясөз сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="105"/>
        <source>Officer&apos;s new password: </source>
        <translation>Жауапты тұлғаның жаңа құпиясөзі: </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="111"/>
        <source>Head&apos;s new password: </source>
        <translation>Басшының жаңа құпиясөзі: </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="130"/>
        <source>Vault created at {path}.</source>
        <translation>Қойма құрылды: {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="155"/>
        <source>Vault {path} ({role})</source>
        <translation>Қойма {path} ({role})</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="157"/>
        <source>Journal entries: {n}</source>
        <translation>Журнал жазбалары: {n}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="158"/>
        <source>Footage recordings: {n}</source>
        <translation>Бейнежазбалар: {n}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="159"/>
        <source>Staff: {n}</source>
        <translation>Қызметкерлер: {n}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="165"/>
        <source>Signing key fingerprint (release packages): {fp}</source>
        <translation>Қолтаңба кілтінің саусақ ізі (берілетін пакеттер үшін): {fp}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="179"/>
        <source>Key slot copy {copy} was damaged and has been rewritten from {source}.</source>
        <translation>{copy} кілт слоты көшірмесі зақымдалған еді, ол {source} көшірмесінен қайта жазылды.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="206"/>
        <source>Key slot copy {copy} is damaged ({reason}); no intact copy is left: restore keys/ from a backup.</source>
        <translation>{copy} кілт слоты көшірмесі зақымдалған ({reason}); бүтін көшірме қалмады: keys/ қалтасын сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_vault.py" line="230"/>
        <source>%n recording(s) are past their retention term and wait for the head&apos;s decision (R9): dalel retention list</source>
        <translation>
            <numerusform>%n жазбаның сақтау мерзімі өтті, басшының шешімін күтуде (R9): dalel retention list</numerusform>
            <numerusform>%n жазбаның сақтау мерзімі өтті, басшының шешімін күтуде (R9): dalel retention list</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="252"/>
        <source>Swap not on an encrypted disk (memory holding keys and footage may be written there; use encrypted swap or none): {areas}</source>
        <translation>Шифрланған дискіде емес айырбас аймағы (swap) (кілттер мен бейнежазбалар тұрған жад сонда жазылуы мүмкін; шифрланған айырбас аймағын пайдаланыңыз немесе оны өшіріңіз): {areas}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="266"/>
        <source>Current password: </source>
        <translation>Қазіргі құпиясөз: </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="269"/>
        <source>New password: </source>
        <translation>Жаңа құпиясөз: </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="274"/>
        <source>Password changed.</source>
        <translation>Құпиясөз өзгертілді.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="282"/>
        <source>New officer&apos;s password: </source>
        <translation>Жаңа жауапты тұлғаның құпиясөзі: </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="291"/>
        <source>The officer&apos;s password was set.</source>
        <translation>Жауапты тұлғаның құпиясөзі орнатылды.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="295"/>
        <source>{name} is now the responsible officer.</source>
        <translation>{name} енді жауапты тұлға.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_settings.py" line="54"/>
        <source>Unknown setting {key}.</source>
        <translation>Белгісіз баптау {key}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="22"/>
        <source>copy the vault, encrypted as it is, to an external drive or folder</source>
        <translation>қойманы шифрланған күйінде сыртқы дискіге немесе қалтаға көшіру</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="25"/>
        <source>an existing folder on the backup drive (e.g. the drive&apos;s root)</source>
        <translation>сақтық көшірме дискісіндегі бар қалта (мысалы, дискінің түбірі)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="27"/>
        <source>read every copy already on the drive again and compare its hash</source>
        <translation>дискідегі бұрынғы әр көшірмені қайта оқып, хэшін салыстыру</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="29"/>
        <source>make a vault from a backup on this machine, then verify every recording</source>
        <translation>осы компьютерде сақтық көшірмеден қойма жасап, әр бейнежазбаны тексеру</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="32"/>
        <source>the backup folder, or the drive or folder that holds it</source>
        <translation>сақтық көшірме қалтасы немесе ол тұрған диск не қалта</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="34"/>
        <source>a new or empty folder for the restored vault</source>
        <translation>қалпына келтірілетін қоймаға арналған жаңа немесе бос қалта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_backup.py" line="77"/>
        <source>Backed up to {folder}: %n new file(s) copied ({mb} MB); already there: {skipped}; footage files in the backup: {blobs}.</source>
        <translation>
            <numerusform>Сақтық көшірме {folder} ішіне жасалды: %n жаңа файл көшірілді ({mb} МБ); бұрыннан бар: {skipped}; сақтық көшірмедегі бейнежазба файлдары: {blobs}.</numerusform>
            <numerusform>Сақтық көшірме {folder} ішіне жасалды: %n жаңа файл көшірілді ({mb} МБ); бұрыннан бар: {skipped}; сақтық көшірмедегі бейнежазба файлдары: {blobs}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_backup.py" line="99"/>
        <source>Warning: %n footage file(s) named by the index are not in the vault folder; run dalel verify.</source>
        <translation>
            <numerusform>Ескерту: индексте аталған %n бейнежазба файлы қойма қалтасында жоқ; dalel verify іске қосыңыз.</numerusform>
            <numerusform>Ескерту: индексте аталған %n бейнежазба файлы қойма қалтасында жоқ; dalel verify іске қосыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_backup.py" line="106"/>
        <source>Warning: the drive held %n damaged footage file(s) (not as they were written); each was copied again and checked.</source>
        <translation>
            <numerusform>Ескерту: дискіде %n бейнежазба файлы зақымдалған екен (жазылған күйінде емес); әрқайсысы қайта көшіріліп, тексерілді.</numerusform>
            <numerusform>Ескерту: дискіде %n бейнежазба файлы зақымдалған екен (жазылған күйінде емес); әрқайсысы қайта көшіріліп, тексерілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_backup.py" line="168"/>
        <source>Restored %n file(s) ({mb} MB) from {source} (backup of {at}) into {to}.</source>
        <translation>
            <numerusform>{source} ішінен ({at} күнгі сақтық көшірме) {to} ішіне %n файл ({mb} МБ) қалпына келтірілді.</numerusform>
            <numerusform>{source} ішінен ({at} күнгі сақтық көшірме) {to} ішіне %n файл ({mb} МБ) қалпына келтірілді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="183"/>
        <source>Recordings that match their SHA-256: {intact} of {n}.</source>
        <translation>Өзінің SHA-256 хэшіне сәйкес келетін бейнежазбалар: {n} ішінен {intact}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_backup.py" line="191"/>
        <source>%n recording(s) have no footage kept (destroyed after their retention period).</source>
        <translation>
            <numerusform>%n бейнежазбаның файлы сақталмаған (сақтау мерзімі өткен соң жойылған).</numerusform>
            <numerusform>%n бейнежазбаның файлы сақталмаған (сақтау мерзімі өткен соң жойылған).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_vault.py" line="339"/>
        <source>VAULT DAMAGED OR ALTERED — %n problem(s):</source>
        <translation>
            <numerusform>ҚОЙМА ЗАҚЫМДАНҒАН НЕМЕСЕ ӨЗГЕРТІЛГЕН — %n ақау:</numerusform>
            <numerusform>ҚОЙМА ЗАҚЫМДАНҒАН НЕМЕСЕ ӨЗГЕРТІЛГЕН — %n ақау:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="93"/>
        <source>Checkpoint of the backup (also in {file}):
{code}</source>
        <translation>Сақтық көшірменің бақылау нүктесі ({file} файлында да бар):
{code}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="118"/>
        <source>Warning: damaged key slot copies were not copied (the backup keeps its earlier ones): {names}.</source>
        <translation>Ескерту: кілт слотының зақымдалған көшірмелері көшірілмеді (сақтық көшірмеде бұрынғылары қалды): {names}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="129"/>
        <source>Warning: the backup is on the same disk as the vault and will not survive that disk&apos;s loss; use an external drive.</source>
        <translation>Ескерту: сақтық көшірме қоймамен бір дискіде тұр, сол диск істен шықса, бірге жоғалады; сыртқы дискіні пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="325"/>
        <source>Vault intact: {j} journal entries, {a} audit entries, {b} blobs ({mb} MB) decrypted and rehashed.</source>
        <translation>Қойма бүтін: журналдың {j} жазбасы, аудиттің {a} жазбасы, {b} файл ({mb} МБ) шифрдан шығарылып, хэші қайта тексерілді.</translation>
    </message>
    <message>
        <location filename="../../app/cli/shown.py" line="56"/>
        <source>who</source>
        <translation>кім</translation>
    </message>
    <message>
        <location filename="../../app/cli/shown.py" line="57"/>
        <source>action</source>
        <translation>әрекет</translation>
    </message>
    <message>
        <location filename="../../app/cli/shown.py" line="57"/>
        <source>detail</source>
        <translation>толығырақ</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="359"/>
        <source>Audit log of {n} entries, head {head}.</source>
        <translation>Аудит журналы: {n} жазба, соңғы хэш {head}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="365"/>
        <source>Journal of {n} entries, head {head}.
Checkpoint code:
{code}</source>
        <translation>Журнал: {n} жазба, соңғы хэш {head}.
Бақылау нүктесінің коды:
{code}</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="96"/>
        <source>Cannot read the password file: {reason}.</source>
        <translation>Құпиясөз файлын оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="66"/>
        <source>No password given: use --password-file or the {env} variable.</source>
        <translation>Құпиясөз берілмеген: --password-file немесе {env} айнымалысын қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="75"/>
        <source>The password holds bytes that are not UTF-8 text; type it in a UTF-8 terminal.</source>
        <translation>Құпиясөз ішінде UTF-8 мәтіні емес байттар бар; оны UTF-8 терминалында теріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="91"/>
        <source>The password file must be an ordinary file.</source>
        <translation>Құпиясөз файлы кәдімгі файл болуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="105"/>
        <source>The password file must hold the password as one line of UTF-8 text.</source>
        <translation>Құпиясөз файлында құпиясөз UTF-8 мәтінінің бір жолы түрінде болуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="111"/>
        <source>The password file {path} is empty: write the password in it as one line.</source>
        <translation>{path} құпиясөз файлы бос: құпиясөзді оған бір жол етіп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="154"/>
        <source>Password ({role}): </source>
        <translation>Құпиясөз ({role}): </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="28"/>
        <source>the staff register</source>
        <translation>қызметкерлер тізілімі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="29"/>
        <source>register a staff member</source>
        <translation>қызметкерді тіркеу</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="32"/>
        <source>the person&apos;s role (default: inspector)</source>
        <translation>адамның рөлі (әдепкі: inspector — инспектор)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="33"/>
        <source>list staff</source>
        <translation>қызметкерлер тізімі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="34"/>
        <source>include those who left</source>
        <translation>жұмыстан кеткендерді қоса</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="35"/>
        <source>one person with history</source>
        <translation>бір адам, тарихымен</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="37"/>
        <source>mark a person as no longer active</source>
        <translation>адамды енді жұмыс істемейді деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="42"/>
        <source>the register of cameras and memory cards</source>
        <translation>бейнетіркегіштер мен жад карталарының тізілімі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="43"/>
        <source>register a camera or card (R4)</source>
        <translation>бейнетіркегішті немесе картаны тіркеу (R4)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="45"/>
        <source>camera, or card for a memory card</source>
        <translation>camera — бейнетіркегіш, card — жад картасы</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="47"/>
        <source>inventory number (mandatory, R4)</source>
        <translation>түгендеу нөмірі (міндетті, R4)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="48"/>
        <source>the maker&apos;s serial number (how a docked camera is known)</source>
        <translation>өндірушінің сериялық нөмірі (қондырылған бейнетіркегіш сол арқылы танылады)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="52"/>
        <source>date put in service, YYYY-MM-DD</source>
        <translation>пайдалануға берілген күні, ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="54"/>
        <source>years (R19)</source>
        <translation>жыл (R19)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="56"/>
        <source>the camera&apos;s USB vendor id, e.g. 0x4255</source>
        <translation>бейнетіркегіштің USB өндіруші идентификаторы, мысалы 0x4255</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="58"/>
        <source>the camera&apos;s USB product id, e.g. 0x0001</source>
        <translation>бейнетіркегіштің USB өнім идентификаторы, мысалы 0x0001</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="59"/>
        <source>the device still has its factory password</source>
        <translation>құрылғыда әлі зауыттық құпиясөз тұр</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="61"/>
        <source>list devices</source>
        <translation>құрылғылар тізімі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="63"/>
        <source>only this kind</source>
        <translation>тек осы түр</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="65"/>
        <source>only in this state</source>
        <translation>тек осы күйдегілер</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="66"/>
        <source>one device with history</source>
        <translation>бір құрылғы, тарихымен</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="68"/>
        <source>mark faulty, back in store, or written off</source>
        <translation>ақаулы, қоймаға қайтарылған немесе есептен шығарылған деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="71"/>
        <source>in_store (back in store), faulty, or written_off (cannot be undone)</source>
        <translation>in_store (қоймаға қайтарылды), faulty (ақаулы) немесе written_off (есептен шығарылды; қайтаруға болмайды)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="74"/>
        <source>put a card in a camera and record the slot seal (R6)</source>
        <translation>картаны бейнетіркегішке салып, ұя мөрін жазу (R6)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="78"/>
        <source>the memory card&apos;s inventory number</source>
        <translation>жад картасының түгендеу нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="80"/>
        <source>the camera&apos;s inventory number</source>
        <translation>бейнетіркегіштің түгендеу нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="82"/>
        <source>devices near or past the end of their service life (R19)</source>
        <translation>қызмет мерзімі аяқталуға жақын немесе аяқталған құрылғылар (R19)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="85"/>
        <source>how many days ahead count as near (default: the service_life_warn_days setting)</source>
        <translation>неше күн алдын жақын деп есептеледі (әдепкі: service_life_warn_days баптауы)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="88"/>
        <source>kits the equipment norms allow for the headcount, and service life (R19)</source>
        <translation>қызметкерлер санына қарай нормалар рұқсат ететін жиынтықтар және қызмет мерзімі (R19)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="92"/>
        <source>the office&apos;s staff (default: the office_headcount setting, else the active staff in the register)</source>
        <translation>бөлімшенің қызметкерлер саны (әдепкі: office_headcount баптауы, болмаса тізілімдегі белсенді қызметкерлер)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="106"/>
        <source>Registered {name} ({number}).</source>
        <translation>{name} ({number}) тіркелді.</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="31"/>
        <source>number</source>
        <translation>нөмір</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="32"/>
        <source>name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="21"/>
        <source>position</source>
        <translation>лауазымы</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="22"/>
        <location filename="../../app/cli/shown.py" line="56"/>
        <source>role</source>
        <translation>рөлі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="156"/>
        <source>{name} marked as no longer active.</source>
        <translation>{name} енді жұмыс істемейді деп белгіленді.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="175"/>
        <source>Camera {number} registered.</source>
        <translation>{number} бейнетіркегіші тіркелді.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="178"/>
        <source>Memory card {number} registered.</source>
        <translation>{number} жад картасы тіркелді.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="184"/>
        <source>dalel: note: {number} mixes Latin and Cyrillic letters; it is found however it is typed, but check the label.</source>
        <translation>dalel: ескерту: {number} нөмірінде латын және кирилл әріптері аралас; ол қалай терілсе де табылады, бірақ жапсырманы тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="16"/>
        <source>model</source>
        <translation>үлгісі</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="18"/>
        <source>surname</source>
        <translation>тегі</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="19"/>
        <source>first name</source>
        <translation>аты</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="20"/>
        <source>patronymic</source>
        <translation>әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="30"/>
        <source>why (kept in the register&apos;s history)</source>
        <translation>себебі (тізілім тарихында сақталады)</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="33"/>
        <source>works here</source>
        <translation>жұмыс істейді</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="274"/>
        <source>as given</source>
        <translation>көрсетілгендей</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="275"/>
        <source>office_headcount setting</source>
        <translation>office_headcount баптауы</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="276"/>
        <source>active staff in the register</source>
        <translation>тізілімдегі белсенді қызметкерлер</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="279"/>
        <source>Headcount: {n} ({source}).</source>
        <translation>Қызметкерлер саны: {n} ({source}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="281"/>
        <source>Kits the norms allow (R19): {allowed}; cameras registered: {cameras}.</source>
        <translation>Нормалар бойынша жиынтық (R19): {allowed}; тіркелген бейнетіркегіш: {cameras}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="289"/>
        <source>Cameras above the norm: {n}.</source>
        <translation>Нормадан артық бейнетіркегіш: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="291"/>
        <source>Kits still allowed: {n}.</source>
        <translation>Тағы рұқсат етілген жиынтық: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="293"/>
        <source>Service life ended (7 years):</source>
        <translation>Қызмет мерзімі (7 жыл) өткендер:</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="294"/>
        <source>Service life ends soon:</source>
        <translation>Қызмет мерзімі жақында өтеді:</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="25"/>
        <location filename="../../app/cli/headings.py" line="27"/>
        <source>destroyed</source>
        <translation>жойылған</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="26"/>
        <source>on hold</source>
        <translation>жоюға тыйым салынған</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="27"/>
        <source>past its term</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="28"/>
        <source>term ends soon</source>
        <translation>мерзімі жақында бітеді</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="29"/>
        <source>kept</source>
        <translation>сақталуда</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="22"/>
        <source>the recording&apos;s number (dalel footage list)</source>
        <translation>жазбаның нөмірі (dalel footage list)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="40"/>
        <source>stored recordings: list, change a category (R9)</source>
        <translation>сақталған жазбалар: тізім, санатты өзгерту (R9)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="42"/>
        <source>recordings with their category, keep-until date, hold and destruction</source>
        <translation>жазбалар: санаты, сақтау мерзімі, жоюға тыйым және жойылуы</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="24"/>
        <source>only this camera (inventory number)</source>
        <translation>тек осы бейнетіркегіш (инвентарлық нөмірі)</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="26"/>
        <source>only this inspector (personnel number)</source>
        <translation>тек осы инспектор (табель нөмірі)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="48"/>
        <source>only this category (R9)</source>
        <translation>тек осы санат (R9)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="49"/>
        <source>at most this many, the latest first (default 1000)</source>
        <translation>ең көбі осынша, алдымен ең соңғылары (әдепкі 1000)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="51"/>
        <source>change a recording&apos;s category, with the reason (R9)</source>
        <translation>жазбаның санатын себебін көрсетіп өзгерту (R9)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="55"/>
        <source>ordinary (kept 1 year), offence or inspection (5 years) (R9)</source>
        <translation>ordinary — қарапайым (1 жыл сақталады), offence — құқық бұзушылық немесе inspection — тексеру (5 жыл) (R9)</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="28"/>
        <source>why (required; kept in the audit log)</source>
        <translation>себебі (міндетті; аудит журналында сақталады)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="59"/>
        <source>retention terms, holds and destruction of footage (R9)</source>
        <translation>жазбалардың сақтау мерзімі, жоюға тыйым және жою (R9)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="61"/>
        <source>recordings past their term or reaching it soon</source>
        <translation>мерзімі өткен немесе жақында өтетін жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="64"/>
        <source>how many days ahead count as soon</source>
        <translation>неше күн алдын «жақында» деп есептеледі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="65"/>
        <source>the head puts a recording on legal hold</source>
        <translation>басшы жазбаны жоюға тыйым салады</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="67"/>
        <source>the head lifts a legal hold</source>
        <translation>басшы жоюға тыйымды алады</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="69"/>
        <source>the head destroys footage past its term (without --approve: what would go)</source>
        <translation>басшы мерзімі өткен жазбаларды жояды (--approve болмаса: не жойылатынын көрсетеді)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="73"/>
        <source>destroy it now (the head&apos;s session is the approval)</source>
        <translation>қазір жою (басшының сеансы — рұқсат)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="75"/>
        <source>the officer confirms today&apos;s date after the clock moved</source>
        <translation>сағат жылжығаннан кейін жауапты тұлға бүгінгі күнді растайды</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="78"/>
        <source>today&apos;s date from a calendar, YYYY-MM-DD</source>
        <translation>күнтізбедегі бүгінгі күн, ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="121"/>
        <source>held: {reason}</source>
        <translation>тыйым: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="161"/>
        <source>The clock moved BACK from {before} to {after}.</source>
        <translation>Сағат {before} уақытынан {after} уақытына АРТҚА жылжыды.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="163"/>
        <source>The clock moved FORWARD from {before} to {after}.</source>
        <translation>Сағат {before} уақытынан {after} уақытына АЛҒА жылжыды.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="171"/>
        <source>Nothing is destroyed until the officer confirms today&apos;s date: dalel retention confirm-date YYYY-MM-DD</source>
        <translation>Жауапты тұлға бүгінгі күнді растағанша ештеңе жойылмайды: dalel retention confirm-date ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="23"/>
        <source>recorded</source>
        <translation>жазылған</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="25"/>
        <source>category</source>
        <translation>санаты</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="26"/>
        <source>keep until (R9)</source>
        <translation>сақтау мерзімі (R9)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="31"/>
        <source>hold</source>
        <translation>тыйым</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="221"/>
        <source>Nothing reaches the end of its term within {n} days.</source>
        <translation>{n} күн ішінде сақтау мерзімі бітетін жазба жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="14"/>
        <source>state</source>
        <translation>күйі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="240"/>
        <source>Recording {id} is on hold: it is not destroyed until the hold is lifted.</source>
        <translation>{id} жазбасын жоюға тыйым салынды: тыйым алынғанша ол жойылмайды.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="253"/>
        <source>The hold on recording {id} is lifted; it is kept until {date} (R9).</source>
        <translation>{id} жазбасын жоюға тыйым алынды; ол {date} дейін сақталады (R9).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_footage.py" line="272"/>
        <source>Destroyed %n recording(s), {mb} MB; files removed: {files}. What was destroyed, when and by whose approval is kept in the audit log.</source>
        <translation>
            <numerusform>%n жазба жойылды, {mb} МБ; өшірілген файлдар: {files}. Не, қашан және кімнің рұқсатымен жойылғаны аудит журналында сақталады.</numerusform>
            <numerusform>%n жазба жойылды, {mb} МБ; өшірілген файлдар: {files}. Не, қашан және кімнің рұқсатымен жойылғаны аудит журналында сақталады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_footage.py" line="292"/>
        <source>%n recording(s), {mb} MB would be destroyed. Nothing was done: add --approve to destroy them.</source>
        <translation>
            <numerusform>%n жазба, {mb} МБ жойылар еді. Ештеңе істелген жоқ: жою үшін --approve қосыңыз.</numerusform>
            <numerusform>%n жазба, {mb} МБ жойылар еді. Ештеңе істелген жоқ: жою үшін --approve қосыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="288"/>
        <source>Nothing is past its term.</source>
        <translation>Сақтау мерзімі өткен жазба жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="203"/>
        <source>Recording {id}: the category is now {category}; kept until {date} (R9).</source>
        <translation>{id} жазбасы: санаты енді — {category}; {date} дейін сақталады (R9).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="311"/>
        <source>The clock has not moved; there is nothing to confirm.</source>
        <translation>Сағат жылжыған жоқ; растайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="314"/>
        <source>Today&apos;s date {date} is confirmed and recorded.</source>
        <translation>Бүгінгі күн {date} расталды және тіркелді.</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="34"/>
        <source>in camera</source>
        <translation>бейнетіркегіште</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="35"/>
        <source>seal</source>
        <translation>мөр</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="17"/>
        <source>service ends</source>
        <translation>қызмет мерзімі аяқталады</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="245"/>
        <source>{card} is in {camera}, seal {seal}.</source>
        <translation>{card} {camera} ішінде, мөр {seal}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="50"/>
        <source>vault folder (default: $DALEL_VAULT or the user data folder)</source>
        <translation>қойма қалтасы (әдепкі: $DALEL_VAULT немесе пайдаланушы деректерінің қалтасы)</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="53"/>
        <source>who unlocks: the responsible officer or the head</source>
        <translation>кім ашады: жауапты тұлға немесе басшы</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="54"/>
        <source>read the password from FILE (else $DALEL_PASSWORD, else a prompt)</source>
        <translation>құпиясөзді FILE файлынан оқу (болмаса $DALEL_PASSWORD, болмаса сұралады)</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="56"/>
        <source>print machine-readable JSON</source>
        <translation>машина оқитын JSON шығару</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="58"/>
        <source>language of messages (kk, ru, en)</source>
        <translation>хабарламалар тілі (kk, ru, en)</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="66"/>
        <source>Dalel: body-camera custody journal and encrypted evidence vault.</source>
        <translation>Dalel: бейнетіркегіштерді беру журналы және шифрланған дәлелдемелер қоймасы.</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="75"/>
        <source>show the program&apos;s version and exit</source>
        <translation>бағдарлама нұсқасын көрсету және шығу</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="172"/>
        <source>dalel: interrupted; nothing was half-written.</source>
        <translation>dalel: тоқтатылды; ештеңе жартылай жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="186"/>
        <source>{command} failed: an error in the program ({error}). Nothing was half-written: every record is stored whole or not at all.</source>
        <translation>{command} орындалмады: бағдарламадағы қате ({error}). Ештеңе жартылай жазылған жоқ: әр жазба толық сақталады немесе мүлде сақталмайды.</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="191"/>
        <source>The details are in the log file {path}; please show it to your IT support.</source>
        <translation>Толығырақ {path} журнал файлында; оны IT қолдау қызметіне көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="194"/>
        <source>Please tell your IT support what you typed.</source>
        <translation>Не тергеніңізді IT қолдау қызметіне айтыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="38"/>
        <source>the journal on paper: pages, closing page, reprints, blank book, page check (R7, R18)</source>
        <translation>қағаз журнал: беттер, қорытынды бет, қайта басу, бос кітап, бетті тексеру (R7, R18)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="43"/>
        <source>print the rows not yet printed as new numbered pages</source>
        <translation>әлі басылмаған жолдарды жаңа нөмірленген беттер ретінде басып шығару</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="32"/>
        <source>PDF file to write</source>
        <translation>жазылатын PDF файлы</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="47"/>
        <source>also rows whose camera is still out or not yet downloaded</source>
        <translation>бейнетіркегіші әлі қайтарылмаған немесе ақпараты түсірілмеген жолдарды да</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="49"/>
        <source>print nothing: say which rows would print, why the others wait, and what to write in ink today</source>
        <translation>ештеңе баспау: қандай жолдар басылатынын, қалғандары неге күтетінін және бүгін қаламсаппен не жазу керегін айту</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="53"/>
        <source>the sheet for signatures (R5): the rows issued so far as new numbered pages, columns 5–8 left for ink</source>
        <translation>қол қоюға арналған парақ (R5): осы уақытқа дейін берілген жолдар жаңа нөмірленген беттер ретінде, 5–8-бағандар қаламсаппен толтыруға бос қалдырылады</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="59"/>
        <source>print nothing: say which rows the sheet would take</source>
        <translation>ештеңе баспау: парақ қандай жолдарды қамтитынын айту</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="61"/>
        <source>close the volume: the closing page with the page count (R7)</source>
        <translation>томды жабу: беттер саны көрсетілген қорытынды бет (R7)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="65"/>
        <source>print pages again, marked as a duplicate (logged)</source>
        <translation>беттерді қайта басу, «телнұсқа» белгісімен (журналға жазылады)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="70"/>
        <source>the volume&apos;s number</source>
        <translation>томның нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="71"/>
        <source>e.g. 1-3,7 (default: the whole volume)</source>
        <translation>мысалы, 1-3,7 (әдепкі: бүкіл том)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="73"/>
        <source>the covers too</source>
        <translation>мұқабаларымен бірге</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="74"/>
        <source>an extract of the journal for a period (not book pages)</source>
        <translation>кезең бойынша журналдан үзінді (кітап беттері емес)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="79"/>
        <source>a blank pre-numbered book in the official form</source>
        <translation>ресми нысандағы алдын ала нөмірленген бос кітап</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="84"/>
        <source>numbered pages in all, the closing page included</source>
        <translation>барлық нөмірленген беттер саны, қорытынды бетті қоса</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="86"/>
        <source>print without opening the vault, for this agency&apos;s form</source>
        <translation>қойманы ашпай, осы органның нысаны бойынша басып шығару</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="89"/>
        <source>the territorial unit&apos;s name</source>
        <translation>аумақтық бөлімшенің атауы</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="90"/>
        <source>the volumes and their pages</source>
        <translation>томдар және олардың беттері</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="91"/>
        <source>check a paper page against the vault (exit 0 only if true)</source>
        <translation>қағаз бетті қоймамен салыстыру (тек дұрыс болса 0 кодымен аяқталады)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="95"/>
        <source>the check code printed on the page</source>
        <translation>бетте басылған тексеру коды</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="97"/>
        <source>the text of the page&apos;s QR code</source>
        <translation>беттегі QR кодтың мәтіні</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="99"/>
        <source>the page number printed on the page</source>
        <translation>бетте басылған бет нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="101"/>
        <source>the volume number printed on the page</source>
        <translation>бетте басылған том нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="335"/>
        <source>struck</source>
        <translation>сызылған</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="185"/>
        <source>Give the PDF file to write, or --dry-run.</source>
        <translation>Жазылатын PDF файлын көрсетіңіз немесе --dry-run қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="198"/>
        <source>Rows № {rows} printed ({n} in all).</source>
        <translation>№ {rows} жолдар басылды (барлығы {n}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="215"/>
        <source>Rows waiting ({n}):</source>
        <translation>Күтіп тұрған жолдар ({n}):</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="236"/>
        <source>Open rows printed as at issue: № {rows}. The inspectors sign column 4 now; columns 5–8 are written in ink later (dalel print pages --dry-run lists the values each day).</source>
        <translation>Жабылмаған жолдар берілген кездегі күйінде басылды: № {rows}. Инспекторлар қазір 4-бағанға қол қояды; 5–8-бағандар кейін қаламсаппен толтырылады (мәндерді күн сайын dalel print pages --dry-run көрсетеді).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="288"/>
        <location filename="../../app/cli/headings.py" line="29"/>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="289"/>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="301"/>
        <source>opened</source>
        <translation>ашылған күні</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="302"/>
        <source>pages</source>
        <translation>беттер</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="305"/>
        <source>Rows ready to print: {n}</source>
        <translation>Басуға дайын жолдар: {n}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="320"/>
        <source>TRUE PAGE</source>
        <translation>БЕТ ДҰРЫС</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="322"/>
        <source>REJECTED</source>
        <translation>СӘЙКЕС ЕМЕС</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="329"/>
        <source>Volume {v}, page {p}, printed {at}.</source>
        <translation>{v}-том, {p}-бет, басылған уақыты {at}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_reports.py" line="31"/>
        <source>reports for the head: month, recording, audit log (PDF, CSV, XLSX)</source>
        <translation>басшыға арналған есептер: ай, жазба, аудит журналы (PDF, CSV, XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_reports.py" line="26"/>
        <source>save to FILE (.pdf, .csv or .xlsx)</source>
        <translation>FILE файлына сақтау (.pdf, .csv немесе .xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_reports.py" line="33"/>
        <source>per inspector: days on duty, recordings and hours, late returns (R17), late downloads (R8), unexplained gaps (R13), copies released</source>
        <translation>әр инспектор бойынша: кезекшілік күндері, жазбалар мен сағаттар, кешіктіріп қайтару (R17), кешіктіріп көшіру (R8), түсіндірілмеген үзілістер (R13), берілген көшірмелер</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_reports.py" line="39"/>
        <source>YYYY-MM (default: the current month)</source>
        <translation>ЖЖЖЖ-АА (әдепкі: ағымдағы ай)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_reports.py" line="41"/>
        <source>the chain of custody of one recording, from download to today</source>
        <translation>бір жазбаның сақтау тізбегі: көшірілген сәттен бүгінге дейін</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_reports.py" line="46"/>
        <source>the audit log for a span of days</source>
        <translation>күндер аралығындағы аудит журналы</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_reports.py" line="62"/>
        <source>Saved {file} ({n} rows).</source>
        <translation>Сақталды: {file} (жолдар: {n}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_release.py" line="25"/>
        <source>the head releases a copy of recordings to an inspector as a signed package (R10)</source>
        <translation>басшы жазбалардың көшірмесін инспекторға қол қойылған пакет түрінде береді (R10)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_release.py" line="29"/>
        <source>recording numbers (dalel footage list shows them)</source>
        <translation>жазбалардың нөмірлері (оларды dalel footage list көрсетеді)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_release.py" line="31"/>
        <source>an existing folder; the package is made inside it</source>
        <translation>бар қалта; пакет соның ішінде жасалады</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_release.py" line="34"/>
        <source>the inspector&apos;s personnel number</source>
        <translation>инспектордың табель нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_release.py" line="36"/>
        <source>the service purpose, e.g. the case number</source>
        <translation>қызметтік мақсаты, мысалы, істің нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_release.py" line="37"/>
        <source>check a released package without the vault; exit 0 only if intact</source>
        <translation>берілген пакетті қоймасыз тексеру; тек бүтін болса ғана 0 кодымен аяқталады</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_release.py" line="40"/>
        <source>the package&apos;s folder (as the recipient got it)</source>
        <translation>пакет қалтасы (алушы қалай алса, солай)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_release.py" line="42"/>
        <source>the office&apos;s signing key fingerprint (dalel status) the package must be signed with</source>
        <translation>пакетке қол қойылуға тиіс мекеме кілтінің саусақ ізі (dalel status)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_release.py" line="69"/>
        <source>Release {id}: %n file(s) to {to} in {folder}.
Signing key fingerprint: {fp}
The recipient checks it with: dalel verify-package {folder}</source>
        <translation>
            <numerusform>№ {id} беру: %n файл, алушы: {to}, қалта: {folder}.
Қолтаңба кілтінің саусақ ізі: {fp}
Алушы оны былай тексереді: dalel verify-package {folder}</numerusform>
            <numerusform>№ {id} беру: %n файл, алушы: {to}, қалта: {folder}.
Қолтаңба кілтінің саусақ ізі: {fp}
Алушы оны былай тексереді: dalel verify-package {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="93"/>
        <source>{value} is not a whole number from {low} to {high}.</source>
        <translation>{value} — {low} мен {high} аралығындағы бүтін сан емес.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="111"/>
        <source>{value} is not a number from {low} to {high}.</source>
        <translation>{value} — {low} мен {high} аралығындағы сан емес.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="127"/>
        <source>{value} is not a date written YYYY-MM-DD from {first} to {last}.</source>
        <translation>{value} — {first} мен {last} аралығындағы ЖЖЖЖ-АА-КК түрінде жазылған күн емес.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="140"/>
        <source>from this day on</source>
        <translation>осы күннен бастап</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="142"/>
        <source>up to this day, included</source>
        <translation>осы күнді қоса алғанда</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="153"/>
        <source>{first} {since} is after {second} {until}: the period runs backwards; give the earlier date first.</source>
        <translation>{first} {since} күні {second} {until} күнінен кейін: кезең кері берілген; алдымен ертерек күнді көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="161"/>
        <source>{value} holds bytes that are not UTF-8 text; type it again in a UTF-8 terminal.</source>
        <translation>{value} ішінде UTF-8 мәтіні емес байттар бар; оны UTF-8 терминалында қайта теріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="165"/>
        <source>{value} holds a control character (such as NUL), which cannot be stored.</source>
        <translation>{value} ішінде басқару таңбасы (мысалы, NUL) бар, оны сақтау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="169"/>
        <source>{value} holds an invisible direction override, which would make it read differently than it is stored.</source>
        <translation>{value} ішінде көзге көрінбейтін мәтін бағытын ауыстыру таңбасы бар: ол мәтінді сақталғанынан басқаша оқытады.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="174"/>
        <source>The text is too long ({n} characters); at most {limit} are allowed.</source>
        <translation>Мәтін тым ұзын ({n} таңба); ең көбі {limit} таңбаға рұқсат етіледі.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="198"/>
        <source>{value} has a file or folder name longer than {n} bytes.</source>
        <translation>{value} ішінде {n} байттан ұзын файл немесе қалта атауы бар.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="219"/>
        <source>{value} is a folder; give the name of the file to write, such as journal.pdf.</source>
        <translation>{value} — қалта; жазылатын файлдың атауын көрсетіңіз, мысалы journal.pdf.</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="28"/>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} мына мәндердің бірі емес: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="32"/>
        <source>{value} is not a valid value here.</source>
        <translation>{value} бұл жерде жарамды мән емес.</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="36"/>
        <source>a value must follow it.</source>
        <translation>одан кейін мән жазылуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="40"/>
        <source>it takes no value ({value}).</source>
        <translation>ол мән қабылдамайды ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="44"/>
        <source>it cannot be given together with {other}.</source>
        <translation>оны {other} параметрімен бірге көрсетуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="48"/>
        <source>These must be given: {names}.</source>
        <translation>Мыналарды міндетті түрде көрсету керек: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="52"/>
        <source>Not understood: {words}.</source>
        <translation>Түсініксіз: {words}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="56"/>
        <source>{option} could mean {matches}; write the option in full.</source>
        <translation>{option} мыналардың бірін білдіруі мүмкін: {matches}; параметрді толық жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="92"/>
        <source>usage: </source>
        <translation>қолданылуы: </translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="107"/>
        <source>show this help and exit</source>
        <translation>осы анықтаманы көрсету және шығу</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="113"/>
        <source>positional arguments</source>
        <translation>позициялық аргументтер</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="114"/>
        <source>options</source>
        <translation>параметрлер</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/model/registers.py" line="207"/>
        <source>Dates are written as YYYY-MM-DD.</source>
        <translation>Күндер ЖЖЖЖ-АА-КК түрінде жазылады.</translation>
    </message>
    <message>
        <location filename="../../app/devices/card.py" line="34"/>
        <source>{name}: a link on the card; links are never followed. Left on the card.</source>
        <translation>{name}: картадағы сілтеме; сілтемелерге ешқашан өтілмейді. Картада қалдырылды.</translation>
    </message>
    <message>
        <location filename="../../app/devices/card.py" line="36"/>
        <source>{name}: not a regular file. Left on the card.</source>
        <translation>{name}: қарапайым файл емес. Картада қалдырылды.</translation>
    </message>
    <message>
        <location filename="../../app/devices/card.py" line="37"/>
        <source>{name}: the file is empty (0 bytes). Left on the card.</source>
        <translation>{name}: файл бос (0 байт). Картада қалдырылды.</translation>
    </message>
    <message>
        <location filename="../../app/devices/card.py" line="39"/>
        <source>{name}: the folder cannot be read ({reason}). Left on the card.</source>
        <translation>{name}: қалтаны оқу мүмкін емес ({reason}). Картада қалдырылды.</translation>
    </message>
    <message>
        <location filename="../../app/devices/card.py" line="41"/>
        <source>{name}: folders nested too deep. Left on the card.</source>
        <translation>{name}: қалталар тым терең орналасқан. Картада қалдырылды.</translation>
    </message>
    <message>
        <location filename="../../app/devices/drivers/ambarella.py" line="27"/>
        <source>The camera&apos;s USB connection was not found; its clock and disk mode cannot be reached.</source>
        <translation>Бейнетіркегіштің USB қосылымы табылмады; оның сағатына және диск режиміне қол жеткізу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../app/devices/drivers/ambarella.py" line="50"/>
        <source>The camera still accepts the factory-default password {password}; change it on the camera.</source>
        <translation>Бейнетіркегіш әлі зауыттық {password} құпиясөзін қабылдайды; оны бейнетіркегіште ауыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/devices/drivers/mass_storage.py" line="26"/>
        <source>The camera or card at {mount} was removed during the work. Nothing on the card was deleted and nothing half-copied was kept; dock it again to continue.</source>
        <translation>{mount} бейнетіркегіші не картасы жұмыс кезінде алынып тасталды. Картадан ештеңе өшірілген жоқ, жартылай көшірілген ештеңе сақталған жоқ; жалғастыру үшін қайта қондырыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/devices/drivers/mass_storage.py" line="116"/>
        <source>This camera model ({model}) cannot have its clock set by the program; set it on the camera and tick the check (R1, R11).</source>
        <translation>Бұл бейнетіркегіш моделінің ({model}) сағатын бағдарлама қоя алмайды; оны бейнетіркегіштің өзінде қойып, тексеру белгісін қойыңыз (R1, R11).</translation>
    </message>
    <message>
        <location filename="../../app/devices/profiles.py" line="62"/>
        <source>The device profile {path} is not valid: {reason}.</source>
        <translation>{path} құрылғы профилі жарамсыз: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/devices/usbscan.py" line="121"/>
        <source>The camera is no longer connected (USB {vid}:{pid}).</source>
        <translation>Бейнетіркегіш енді қосылмаған (USB {vid}:{pid}).</translation>
    </message>
    <message>
        <location filename="../../app/devices/usbscan.py" line="132"/>
        <source>The camera did not answer over USB ({reason}). Check the cable or dock and try again.</source>
        <translation>Бейнетіркегіш USB арқылы жауап бермеді ({reason}). Кабельді не қондырғыны тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/devices/usbscan.py" line="149"/>
        <source>The camera refused the command {cmd}: {why}.</source>
        <translation>Бейнетіркегіш {cmd} командасын орындамады: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="30"/>
        <source>there is no such file or folder</source>
        <translation>мұндай файл немесе қалта жоқ</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="31"/>
        <source>a part of the path is not a folder</source>
        <translation>жолдың бір бөлігі қалта емес</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="32"/>
        <source>it is a folder, not a file</source>
        <translation>бұл файл емес, қалта</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="33"/>
        <location filename="../../app/fsutil.py" line="34"/>
        <source>access is denied</source>
        <translation>қол жеткізуге тыйым салынған</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="35"/>
        <source>the disk is full</source>
        <translation>диск толы</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="36"/>
        <source>the disk is read-only</source>
        <translation>диск тек оқуға арналған</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="37"/>
        <source>the disk reported a read/write error</source>
        <translation>диск оқу/жазу қатесін хабарлады</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="55"/>
        <source>The disk is full while writing {what}. Nothing was lost; free some space and try again.</source>
        <translation>{what} жазу кезінде диск толып қалды. Ештеңе жоғалған жоқ; орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="58"/>
        <source>The disk is read-only: {what}.</source>
        <translation>Диск тек оқуға арналған: {what}.</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="61"/>
        <source>The disk reported a read/write error on {what}.</source>
        <translation>Диск {what} бойынша оқу/жазу қатесін хабарлады.</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="64"/>
        <source>Could not read {what}: {reason}.</source>
        <translation>{what} оқу мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="66"/>
        <location filename="../../app/model/backup_copy.py" line="363"/>
        <source>Could not write {what}: {reason}.</source>
        <translation>{what} жазу мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="34"/>
        <source>{name}: the card cannot be read here ({reason}); the card may be damaged. The file is left on the card and was not copied.</source>
        <translation>{name}: картаның бұл жерін оқу мүмкін емес ({reason}); карта зақымдалған болуы мүмкін. Файл картада қалдырылды және көшірілмеді.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="41"/>
        <source>{name}: the file changed while it was being copied (is the camera still recording?). It is left on the card; dock the camera again when it is idle.</source>
        <translation>{name}: файл көшіру кезінде өзгерді (бейнетіркегіш әлі жазып жатыр ма?). Ол картада қалдырылды; бейнетіркегіш бос тұрғанда қайта қондырыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="48"/>
        <source>{name}: only {got} of {expected} bytes could be read. The file is left on the card.</source>
        <translation>{name}: {expected} байттың тек {got} байты оқылды. Файл картада қалдырылды.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="54"/>
        <source>The download was stopped. Recordings already stored are kept; nothing was deleted from the card.</source>
        <translation>Жүктеу тоқтатылды. Сақталған жазбалар қалды; картадан ештеңе өшірілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="60"/>
        <source>The camera or card at {mount} was removed during the download. Recordings already stored are kept, nothing half-copied was kept, nothing was deleted from the card; dock it again to continue.</source>
        <translation>{mount} бейнетіркегіші не картасы жүктеу кезінде алынып тасталды. Сақталған жазбалар қалды, жартылай көшірілген ештеңе сақталған жоқ, картадан ештеңе өшірілген жоқ; жалғастыру үшін қайта қондырыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="67"/>
        <source>The vault disk refused the download: {reason} Recordings already stored are kept; nothing was deleted from the card.</source>
        <translation>Қойма дискісі жүктеуді қабылдамады: {reason} Сақталған жазбалар қалды; картадан ештеңе өшірілген жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ingest/errors.py" line="77"/>
        <source>The vault refused to record the download: {reason} None of the %n recording(s) copied in this run was stored; they all stay on the card, and nothing was deleted from it. Dock the camera again once the disk has room.</source>
        <translation>
            <numerusform>Қойма жүктеуді жазудан бас тартты: {reason} Осы жолы көшірілген %n жазбаның ешқайсысы сақталған жоқ; олардың бәрі картада қалды, картадан ештеңе өшірілген жоқ. Дискіде орын босағанда бейнетіркегішті қайта қондырыңыз.</numerusform>
            <numerusform>Қойма жүктеуді жазудан бас тартты: {reason} Осы жолы көшірілген %n жазбаның ешқайсысы сақталған жоқ; олардың бәрі картада қалды, картадан ештеңе өшірілген жоқ. Дискіде орын босағанда бейнетіркегішті қайта қондырыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="85"/>
        <source>{name}: the copy written to the vault did not read back correctly (verification failed), so it was not kept. The file is left on the card; dock the camera again to copy it anew. If this repeats, check the vault disk.</source>
        <translation>{name}: қоймаға жазылған көшірме қайта дұрыс оқылмады (тексеруден өтпеді), сондықтан сақталмады. Файл картада қалды; оны қайта көшіру үшін бейнетіркегішті қайта қондырыңыз. Бұл қайталанса, қойма дискісін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="93"/>
        <source>This camera (serial {serial}) is not registered. Register it with an inventory number before its footage can be taken (R4).</source>
        <translation>Бұл бейнетіркегіш (сериялық нөмірі {serial}) тіркелмеген. Жазбаларын алу үшін алдымен оны түгендеу нөмірімен тіркеңіз (R4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ingest/errors.py" line="100"/>
        <source>The card was not wiped: %n file(s), e.g. {first}, are not yet stored and verified in the vault (R1, R14).</source>
        <translation>
            <numerusform>Карта тазартылмады: %n файл (мысалы, {first}) қоймада әлі сақталып, тексерілген жоқ (R1, R14).</numerusform>
            <numerusform>Карта тазартылмады: %n файл (мысалы, {first}) қоймада әлі сақталып, тексерілген жоқ (R1, R14).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="106"/>
        <source>The copying process stopped during the download. Recordings already stored are kept, nothing half-copied was kept, nothing was deleted from the card; dock it again to continue.</source>
        <translation>Жүктеу кезінде көшіру процесі тоқтап қалды. Сақталған жазбалар қалды, жартылай көшірілген ештеңе сақталған жоқ, картадан ештеңе өшірілген жоқ; жалғастыру үшін қайта қондырыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="53"/>
        <source>Footage file {blob} is damaged: {detail}.</source>
        <translation>{blob} жазба файлы зақымдалған: {detail}.</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="161"/>
        <source>header cut short</source>
        <translation>тақырыбы үзіліп қалған</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="167"/>
        <source>unknown header</source>
        <translation>белгісіз тақырып</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="169"/>
        <source>more chunks than a blob can have</source>
        <translation>блоктар саны бір файлға рұқсат етілген шектен асады</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="189"/>
        <source>cut short at chunk {index}</source>
        <translation>№ {index} блокта үзіліп қалған</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="199"/>
        <source>chunk {index} fails authentication (cut short or altered)</source>
        <translation>№ {index} блок түпнұсқалық тексерісінен өтпейді (үзілген немесе өзгертілген)</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="201"/>
        <source>chunk {index} fails authentication</source>
        <translation>№ {index} блок түпнұсқалық тексерісінен өтпейді</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="324"/>
        <location filename="../../app/model/blobs.py" line="329"/>
        <location filename="../../app/model/keyslots.py" line="333"/>
        <source>not a regular file</source>
        <translation>қарапайым файл емес</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="327"/>
        <location filename="../../app/model/verify.py" line="203"/>
        <source>file is missing</source>
        <translation>файл жоқ</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="350"/>
        <location filename="../../app/model/verify.py" line="265"/>
        <source>content does not match its recorded SHA-256</source>
        <translation>мазмұны тіркелген SHA-256 мәніне сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="369"/>
        <source>stored chunks differ from those written</source>
        <translation>сақталған блоктар жазылған блоктардан өзгеше</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_period.py" line="38"/>
        <source>the camera works</source>
        <translation>бейнетіркегіш жұмыс істейді</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_period.py" line="39"/>
        <source>battery charged</source>
        <translation>батарея зарядталған</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_period.py" line="40"/>
        <source>date and time are right</source>
        <translation>күні мен уақыты дұрыс</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_period.py" line="41"/>
        <source>photo/video quality settings</source>
        <translation>фото/бейне сапасының баптаулары</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_period.py" line="42"/>
        <source>the inspector wears the badge</source>
        <translation>инспекторда төсбелгі бар</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_lookup.py" line="33"/>
        <source>There is no issue entry {id}.</source>
        <translation>{id} беру жазбасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_lookup.py" line="88"/>
        <source>Only the responsible officer keeps the journal (R1, R5); unlock as the officer to record this.</source>
        <translation>Журналды тек жауапты тұлға жүргізеді (R1, R5); мұны жазу үшін жауапты тұлға ретінде кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_lookup.py" line="95"/>
        <source>{name} is no longer active and cannot receive a camera.</source>
        <translation>{name} енді белсенді емес, бейнетіркегіш ала алмайды.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_lookup.py" line="99"/>
        <source>{name} is not registered as an inspector.</source>
        <translation>{name} инспектор ретінде тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_lookup.py" line="118"/>
        <source>{number} is not a {kind}.</source>
        <translation>{number} — {kind} емес.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_lookup.py" line="125"/>
        <source>{number} is already issued; it must be returned first.</source>
        <translation>{number} бұрыннан берілген; алдымен оны қайтару керек.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_lookup.py" line="127"/>
        <source>{number} is marked faulty and cannot be issued.</source>
        <translation>{number} ақаулы деп белгіленген, оны беруге болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_lookup.py" line="128"/>
        <source>{number} is written off and cannot be issued.</source>
        <translation>{number} есептен шығарылған, оны беруге болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="52"/>
        <source>{number} still has the factory password: anyone who finds it can read or erase its recordings. Change the password on the camera, then confirm it here; the confirmation is written in the journal.</source>
        <translation>{number} әлі зауыттық құпиясөзбен тұр: оны тапқан кез келген адам жазбаларын оқып немесе өшіре алады. Бейнетіркегіштегі құпиясөзді ауыстырып, мұнда растаңыз; растау журналға жазылады.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="60"/>
        <source>{number} reached the end of its service life on {date} (R19, 7 years). Issue another camera, or give the reason it still goes out; the reason is written in the journal.</source>
        <translation>{number} қызмет мерзімі {date} аяқталды (R19, 7 жыл). Басқа бейнетіркегішті беріңіз немесе оның неге әлі де берілетінін көрсетіңіз; себебі журналға жазылады.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="71"/>
        <source>Seal the card slot and enter the seal number (R6).</source>
        <translation>Карта ұясын мөрлеп, мөр нөмірін енгізіңіз (R6).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="76"/>
        <source>The pre-use check is not complete (R11, R12): {missing}.</source>
        <translation>Пайдалану алдындағы тексеру аяқталмаған (R11, R12): {missing}.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="81"/>
        <source>The battery is at {percent} %, below the {minimum} % this office requires before use (R11). Charge it or issue another camera; to issue it anyway, confirm the override (it is written in the journal).</source>
        <translation>Батарея {percent} %, бұл кеңсе пайдалану алдында талап ететін {minimum} %-дан төмен (R11). Оны зарядтаңыз немесе басқа бейнетіркегіш беріңіз; бәрібір беру үшін рұқсатты растаңыз (ол журналға жазылады).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="90"/>
        <source>{name} already holds a camera; only a replacement for a failed camera may be issued on top of it (R16).</source>
        <translation>{name} инспекторда бейнетіркегіш бар; оған қосымша тек ақаулы бейнетіркегіштің орнына ауыстыру берілуі мүмкін (R16).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="96"/>
        <source>A replacement goes to the inspector whose camera failed.</source>
        <translation>Ауыстыру бейнетіркегіші істен шыққан инспекторға беріледі.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="99"/>
        <source>Record the malfunction (cause and time reported) before issuing a replacement (R16).</source>
        <translation>Ауыстыру бермес бұрын ақаулықты (себебі мен хабарланған уақыты) жазыңыз (R16).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="156"/>
        <source>{number} is not issued, so it cannot be returned.</source>
        <translation>{number} берілмеген, сондықтан оны қабылдауға болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="195"/>
        <source>Remark type must be one of: {choices}.</source>
        <translation>Ескертпе түрі мыналардың бірі болуы тиіс: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="200"/>
        <source>That camera has already been returned; this remark belongs to a camera that is out.</source>
        <translation>Бұл бейнетіркегіш қайтарылған; бұл ескертпе берілген бейнетіркегішке ғана жазылады.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="204"/>
        <source>Say what failed (the cause).</source>
        <translation>Не істен шыққанын (себебін) жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="206"/>
        <location filename="../../app/model/custody_corrections.py" line="121"/>
        <source>The remark is empty.</source>
        <translation>Ескертпе бос.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="210"/>
        <source>A meal break is already in progress for this camera.</source>
        <translation>Бұл бейнетіркегіш үшін түскі ас үзілісі басталып қойған.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="213"/>
        <source>There is no meal break in progress to end.</source>
        <translation>Аяқталатын түскі ас үзілісі жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="27"/>
        <source>A correction needs a reason (R7).</source>
        <translation>Түзетудің себебі болуы тиіс (R7).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="32"/>
        <source>Entry {seq} has already been corrected by entry {newer}; correct that one (R7).</source>
        <translation>№ {seq} жазба № {newer} жазбамен түзетілген; соны түзетіңіз (R7).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="58"/>
        <source>Entry {seq} has already been corrected; correct the newer entry.</source>
        <translation>{seq} жазба бұрын түзетілген; жаңарақ жазбаны түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="45"/>
        <source>Entries of this kind are made by the program and cannot be corrected.</source>
        <translation>Мұндай жазбаларды бағдарлама жасайды, оларды түзетуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="51"/>
        <source>An issue entry can be corrected in: inspector, camera, card, seal.</source>
        <translation>Беру жазбасында мыналарды түзетуге болады: инспектор, бейнетіркегіш, карта, мөр.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="80"/>
        <source>{number} was out with someone else at that time.</source>
        <translation>Ол уақытта {number} басқа біреуде болған.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="85"/>
        <source>{name} already holds a camera.</source>
        <translation>{name} инспекторда бейнетіркегіш бар.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="117"/>
        <source>A remark is corrected by its text.</source>
        <translation>Ескертпе мәтіні арқылы түзетіледі.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="134"/>
        <source>A struck-out return is corrected by restoring it.</source>
        <translation>Сызылған тапсыру жазбасы оны қалпына келтіру арқылы түзетіледі.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="140"/>
        <source>The camera has been returned or issued again since; the struck return cannot be restored.</source>
        <translation>Бейнетіркегіш содан бері қайта тапсырылды немесе берілді; сызылған тапсыру жазбасын қалпына келтіруге болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="150"/>
        <source>A return recorded by mistake is struck out (void); record the right return next.</source>
        <translation>Қате жазылған тапсыру сызылады; содан кейін дұрыс тапсыруды жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="155"/>
        <source>That camera has been issued again since; the return cannot be struck.</source>
        <translation>Содан бері бұл бейнетіркегіш қайта берілген; тапсыруды сызуға болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="158"/>
        <source>Footage was already downloaded after this return; add a remark instead.</source>
        <translation>Бұл тапсырудан кейін жазбалар жүктеліп қойған; оның орнына ескертпе қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="76"/>
        <source>The vault index is damaged ({reason}): a part of it fails its check, so nothing more is written to it. Nothing was recorded; run &quot;dalel verify&quot; to see which part, and restore the index from a backup.</source>
        <translation>Қойма индексі зақымдалған ({reason}): оның бір бөлігі тексеруден өтпейді, сондықтан оған бұдан былай ештеңе жазылмайды. Ештеңе жазылған жоқ; қай бөлігі екенін көру үшін &quot;dalel verify&quot; командасын орындаңыз және индексті сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="101"/>
        <source>The vault disk is full. Nothing was recorded; free some space and try again.</source>
        <translation>Қойма дискісі толы. Ештеңе жазылған жоқ; орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="110"/>
        <source>The vault is on a read-only disk. Nothing was recorded.</source>
        <translation>Қойма тек оқуға арналған дискіде тұр. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="115"/>
        <source>The vault disk reported a read/write error. Nothing was recorded; check the disk.</source>
        <translation>Қойма дискісі оқу/жазу қатесін хабарлады. Ештеңе жазылған жоқ; дискіні тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="119"/>
        <source>The vault is busy with another program. Nothing was recorded; try again.</source>
        <translation>Қойманы басқа бағдарлама пайдаланып жатыр. Ештеңе жазылған жоқ; қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="121"/>
        <source>The vault index refused the change: {reason}. Nothing was recorded.</source>
        <translation>Қойма индексі өзгерісті қабылдамады: {reason}. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="152"/>
        <source>The vault index {path} is missing.</source>
        <translation>{path} қойма индексі жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="173"/>
        <source>The vault index cannot be opened: {reason}.</source>
        <translation>Қойма индексін ашу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="200"/>
        <source>The password is right but the vault index is damaged or was replaced ({reason}). Restore it from a backup.</source>
        <translation>Құпиясөз дұрыс, бірақ қойма индексі зақымдалған немесе ауыстырылған ({reason}). Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="70"/>
        <source>This vault was written by a newer Dalel (schema {found}); update the program.</source>
        <translation>Бұл қойманы Dalel-дің жаңарақ нұсқасы жазған (схема {found}); бағдарламаны жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="85"/>
        <source>The vault index {path} is empty or holds no schema: it was emptied or replaced. Nothing was written to it; restore the index from a backup.</source>
        <translation>{path} қойма индексі бос немесе онда схема жоқ: ол тазартылған немесе ауыстырылған. Оған ештеңе жазылған жоқ; индексті сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="337"/>
        <source>the index cannot be read whole: {why}</source>
        <translation>индексті толық оқу мүмкін емес: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="344"/>
        <source>pages cannot be checked: {why}</source>
        <translation>беттерді тексеру мүмкін емес: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="357"/>
        <source>cannot be read ({why}): a page of it is damaged or was altered</source>
        <translation>оқылмайды ({why}): оның бір беті зақымдалған немесе өзгертілген</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="389"/>
        <source>page {page}</source>
        <translation>{page}-бет</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="394"/>
        <source>table {name}</source>
        <translation>{name} кестесі</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="404"/>
        <source>the file&apos;s structure is damaged</source>
        <translation>файлдың құрылымы зақымдалған</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="406"/>
        <source>the file is not this vault&apos;s index (overwritten, or another key)</source>
        <translation>файл осы қойманың индексі емес (үстінен жазылған немесе басқа кілт)</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="409"/>
        <source>a search index does not match its table (damaged or altered)</source>
        <translation>іздеу индексі өз кестесіне сәйкес келмейді (зақымдалған немесе өзгертілген)</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="412"/>
        <source>page {page} of the file is damaged</source>
        <translation>файлдың {page}-беті зақымдалған</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="414"/>
        <source>page {page} fails its authentication (damaged or altered)</source>
        <translation>{page}-бет түпнұсқалық тексерісінен өтпейді (зақымдалған немесе өзгертілген)</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="425"/>
        <source>SQLite reports: {detail}</source>
        <translation>SQLite хабары: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="429"/>
        <source>The vault index is damaged ({reason}). Restore the index from a backup; while the vault still opens, &quot;dalel verify&quot; names the damaged part.</source>
        <translation>Қойма индексі зақымдалған ({reason}). Индексті сақтық көшірмеден қалпына келтіріңіз; қойма әлі ашылатын болса, &quot;dalel verify&quot; зақымдалған бөлікті атайды.</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="265"/>
        <location filename="../../app/model/retention.py" line="125"/>
        <source>No footage with id {id}.</source>
        <translation>{id} идентификаторлы жазба жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="361"/>
        <source>Only the category is marked here.</source>
        <translation>Мұнда тек санат белгіленеді.</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="363"/>
        <source>Category must be one of: {choices}.</source>
        <translation>Санаты мыналардың бірі болуы тиіс: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="367"/>
        <source>Say why the category changes: it decides how long the recording is kept (R9).</source>
        <translation>Санаттың неге өзгеретінін көрсетіңіз: жазбаның сақталу мерзімін ол анықтайды (R9).</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="372"/>
        <source>Recording {id} is already in that category.</source>
        <translation>{id} жазбасы бұл санатта тұр.</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="433"/>
        <source>Recording {id} was destroyed on {date} after its retention term (R9); only its record is kept.</source>
        <translation>{id} жазбасы сақтау мерзімі өткеннен кейін {date} жойылды (R9); тек оның есебі сақталған.</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="442"/>
        <source>The note is empty.</source>
        <translation>Ескертпе бос.</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="40"/>
        <source>not a Dalel checkpoint code</source>
        <translation>бұл Dalel бақылау нүктесінің коды емес</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="41"/>
        <source>the journal size is not a number of entries</source>
        <translation>журналдың көлемі жазбалар саны емес</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="42"/>
        <source>the audit log size is not a number of entries</source>
        <translation>аудит журналының көлемі жазбалар саны емес</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="43"/>
        <source>the journal head is not {length} bytes of hex</source>
        <translation>журналдың соңғы хэші {length} байттық он алтылық мән емес</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="44"/>
        <source>the audit head is not {length} bytes of hex</source>
        <translation>аудит журналының соңғы хэші {length} байттық он алтылық мән емес</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="45"/>
        <source>the signature is not {length} bytes of hex</source>
        <translation>қолтаңба {length} байттық он алтылық мән емес</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="119"/>
        <source>the vault id is not readable</source>
        <translation>қойманың идентификаторы оқылмайды</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="133"/>
        <source>too long to be a checkpoint code</source>
        <translation>бақылау нүктесінің коды үшін тым ұзын</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="150"/>
        <source>The checkpoint code is not readable: {reason}.</source>
        <translation>Бақылау нүктесінің коды оқылмайды: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="156"/>
        <source>{text} is not a whole number</source>
        <translation>{text} бүтін сан емес</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="196"/>
        <source>There is no journal entry {seq}.</source>
        <translation>{seq} журнал жазбасы жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/journal.py" line="189"/>
        <source>The journal has fewer than %n entries.</source>
        <translation>
            <numerusform>Журналда %n жазбадан аз.</numerusform>
            <numerusform>Журналда %n жазбадан аз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="225"/>
        <source>checkpoint belongs to another vault</source>
        <translation>бақылау нүктесі басқа қоймаға тиесілі</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="229"/>
        <source>checkpoint signature is not valid</source>
        <translation>бақылау нүктесінің қолтаңбасы жарамсыз</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/journal.py" line="233"/>
        <source>journal is shorter than the checkpoint (%n entries)</source>
        <translation>
            <numerusform>журнал бақылау нүктесінен қысқа (%n жазба)</numerusform>
            <numerusform>журнал бақылау нүктесінен қысқа (%n жазба)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="236"/>
        <source>journal differs from the checkpoint at or before entry {seq}</source>
        <translation>журнал бақылау нүктесінен № {seq} жазбада немесе одан бұрын ажырайды</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/journal.py" line="244"/>
        <source>audit log is shorter than the checkpoint (%n entries)</source>
        <translation>
            <numerusform>аудит журналы бақылау нүктесінен қысқа (%n жазба)</numerusform>
            <numerusform>аудит журналы бақылау нүктесінен қысқа (%n жазба)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="248"/>
        <source>audit log differs from the checkpoint at or before entry {seq}</source>
        <translation>аудит журналы бақылау нүктесінен № {seq} жазбада немесе одан бұрын ажырайды</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="70"/>
        <source>A key slot asks for weaker protection than Dalel allows; the vault may have been tampered with.</source>
        <translation>Кілт ұясы Dalel рұқсат ететіннен әлсіз қорғанысты талап етеді; қоймаға қол сұғылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="115"/>
        <location filename="../../app/model/keyslots.py" line="120"/>
        <source>{what} is not base64 text</source>
        <translation>{what} base64 мәтіні емес</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="123"/>
        <source>{what} has {got} bytes, not {length}</source>
        <translation>{what}: {length} байттың орнына {got} байт</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="185"/>
        <source>A copy of the key slot is damaged: {reason}.</source>
        <translation>Кілт слотының көшірмесі зақымдалған: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="206"/>
        <source>Argon2 passes</source>
        <translation>Argon2 өту саны</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="207"/>
        <source>Argon2 memory</source>
        <translation>Argon2 жады</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="208"/>
        <source>Argon2 lanes</source>
        <translation>Argon2 ағын саны</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="209"/>
        <source>salt</source>
        <translation>тұз</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="210"/>
        <source>nonce</source>
        <translation>бір реттік сан</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="211"/>
        <source>wrapped key</source>
        <translation>шифрланған кілт</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="217"/>
        <source>{what} outside {low}..{high}</source>
        <translation>{what} {low}..{high} ауқымынан тыс</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="227"/>
        <source>file too large</source>
        <translation>файл тым үлкен</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="231"/>
        <source>not JSON</source>
        <translation>JSON емес</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="233"/>
        <source>not a JSON object</source>
        <translation>JSON объектісі емес</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="236"/>
        <source>unknown format</source>
        <translation>белгісіз пішім</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="238"/>
        <source>fields missing or unexpected</source>
        <translation>өрістер жетіспейді немесе артық</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="246"/>
        <source>checksum does not match</source>
        <translation>бақылау сомасы сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="249"/>
        <source>vault id is not readable</source>
        <translation>қойма идентификаторы оқылмайды</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="251"/>
        <source>role is not readable</source>
        <translation>рөлі оқылмайды</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="254"/>
        <source>key derivation is not Argon2id</source>
        <translation>кілтті туындату әдісі Argon2id емес</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="271"/>
        <source>key derivation failed: {why}</source>
        <translation>кілтті туындату сәтсіз аяқталды: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="287"/>
        <source>slot belongs to another vault or role</source>
        <translation>ұяшық басқа қоймаға немесе рөлге тиесілі</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="292"/>
        <location filename="../../app/model/keyslots.py" line="494"/>
        <source>Wrong password.</source>
        <translation>Құпиясөз қате.</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="338"/>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="341"/>
        <source>unreadable: {why}</source>
        <translation>оқылмайды: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="351"/>
        <source>belongs to another vault or role</source>
        <translation>басқа қоймаға немесе рөлге тиесілі</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="369"/>
        <source>differs from {other} (an interrupted password change, or damage)</source>
        <translation>{other} көшірмесінен өзгеше (құпиясөзді ауыстыру үзілген немесе зақым бар)</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="443"/>
        <source>differs from {other}</source>
        <translation>{other} көшірмесінен өзгеше</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="461"/>
        <source>The key slot is damaged; restore keys/ from a backup.</source>
        <translation>Кілт слоты зақымдалған; keys/ қалтасын сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="471"/>
        <source>The key slot for this role is missing; the vault cannot be opened.</source>
        <translation>Бұл рөлдің кілт слоты жоқ; қойманы ашу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="103"/>
        <location filename="../../app/model/vault.py" line="113"/>
        <source>Surname and name are required.</source>
        <translation>Тегі мен аты міндетті.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="105"/>
        <location filename="../../app/model/vault.py" line="115"/>
        <source>The personnel number is required.</source>
        <translation>Табель нөмірі міндетті.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="107"/>
        <source>Role must be one of: {choices}.</source>
        <translation>Рөлі мыналардың бірі болуы тиіс: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="114"/>
        <source>Personnel number {number} is already registered as {existing} (the same number typed in another keyboard layout or case).</source>
        <translation>{number} жеке нөмірі {existing} ретінде тіркелген (сол нөмір басқа пернетақта тілімен немесе регистрмен терілген).</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="111"/>
        <location filename="../../app/model/registers.py" line="127"/>
        <source>Personnel number {number} is already registered.</source>
        <translation>{number} табель нөмірі бұрыннан тіркелген.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="134"/>
        <source>No staff member with id {id}.</source>
        <translation>{id} идентификаторлы қызметкер жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="147"/>
        <source>No staff member with personnel number {number}.</source>
        <translation>{number} табель нөмірлі қызметкер жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="160"/>
        <source>The officer and the head cannot be deactivated; the head designates a new officer first.</source>
        <translation>Жауапты тұлға мен басшыны белсенді емес етуге болмайды; алдымен басшы жаңа жауапты тұлғаны тағайындайды.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="166"/>
        <source>{name} still holds a camera; take it back first.</source>
        <translation>{name} инспекторда әлі бейнетіркегіш бар; алдымен оны қабылдап алыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="182"/>
        <source>Device kind must be camera or card.</source>
        <translation>Құрылғы түрі бейнетіркегіш немесе карта болуы тиіс.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="186"/>
        <source>An inventory number is required: a camera or card without one must not be used (R4).</source>
        <translation>Түгендеу нөмірі міндетті: онсыз бейнетіркегіш пен картаны пайдалануға болмайды (R4).</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="195"/>
        <source>Inventory number {number} is already registered as {existing} (the same number typed in another keyboard layout or case, R4).</source>
        <translation>{number} түгендеу нөмірі {existing} ретінде тіркелген (сол нөмір басқа пернетақта тілімен немесе регистрмен терілген, R4).</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="200"/>
        <source>Service life must be positive.</source>
        <translation>Қызмет мерзімі оң сан болуы тиіс.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="191"/>
        <location filename="../../app/model/registers.py" line="220"/>
        <source>Inventory number or serial {number} is already registered (R4).</source>
        <translation>{number} түгендеу не сериялық нөмірі бұрыннан тіркелген (R4).</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="227"/>
        <source>No device with id {id}.</source>
        <translation>{id} идентификаторлы құрылғы жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="232"/>
        <source>Enter the inventory number (scan it or type it).</source>
        <translation>Түгендеу нөмірін енгізіңіз (сканерлеңіз немесе теріңіз).</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="240"/>
        <source>No camera with inventory number {number}.</source>
        <translation>{number} түгендеу нөмірі бар бейнетіркегіш жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="241"/>
        <source>No memory card with inventory number {number}.</source>
        <translation>{number} түгендеу нөмірі бар жад картасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="243"/>
        <source>No camera or memory card with inventory number {number}.</source>
        <translation>{number} түгендеу нөмірі бар бейнетіркегіш те, жад картасы да жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="273"/>
        <source>A device can be set in store, faulty or written off.</source>
        <translation>Құрылғыны сақтауға, ақаулыға немесе есептен шығарылғанға қоюға болады.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="276"/>
        <source>{number} is issued; take it back before changing its state.</source>
        <translation>{number} берілген; күйін өзгертпес бұрын оны қабылдап алыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="278"/>
        <source>{number} is written off; that cannot be undone.</source>
        <translation>{number} есептен шығарылған; мұны қайтаруға болмайды.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="284"/>
        <source>Give a reason for the change.</source>
        <translation>Өзгерістің себебін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="298"/>
        <source>{number} is not a memory card.</source>
        <translation>{number} жад картасы емес.</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="319"/>
        <source>Unknown setting {key}.</source>
        <translation>Белгісіз баптау {key}.</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="86"/>
        <source>{setting}: “{value}” is not allowed. Allowed: {form}.</source>
        <translation>{setting}: «{value}» мәніне жол берілмейді. Рұқсат етілгені: {form}.</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="92"/>
        <source>a time of day as HH:MM, 00:00–23:59</source>
        <translation>тәулік уақыты СС:ММ түрінде, 00:00–23:59</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="93"/>
        <source>dates as YYYY-MM-DD, comma separated, years {first}–{last} (e.g. 2026-12-17,2026-12-18), or nothing</source>
        <translation>ЖЖЖЖ-АА-КК түріндегі күндер, үтір арқылы, {first}–{last} жылдар (мысалы, 2026-12-17,2026-12-18), немесе бос</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="96"/>
        <source>a whole number from {low} to {high}</source>
        <translation>бүтін сан: ең азы {low}, ең көбі {high}</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="97"/>
        <source>yes or no (also true/false, 1/0, on/off)</source>
        <translation>yes немесе no (сондай-ақ true/false, 1/0, on/off)</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="120"/>
        <source>Agency</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="121"/>
        <source>one of {choices}</source>
        <translation>мыналардың бірі: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="124"/>
        <source>Territorial unit</source>
        <translation>Аумақтық бөлімше</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="125"/>
        <source>one line of text, at most {limit} characters</source>
        <translation>бір жол мәтін, ең көбі {limit} таңба</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="128"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="129"/>
        <source>kk (Kazakh) or ru (Russian)</source>
        <translation>kk (қазақ тілі) немесе ru (орыс тілі)</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="131"/>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="132"/>
        <source>a time zone of the IANA list, such as Asia/Almaty or Asia/Aqtobe</source>
        <translation>IANA тізіміндегі уақыт белдеуі, мысалы, Asia/Almaty немесе Asia/Aqtobe</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="136"/>
        <source>Working days</source>
        <translation>Жұмыс күндері</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="137"/>
        <source>day numbers 0–6 (0 is Monday, 6 is Sunday), comma separated, each once, at least one (e.g. 0,1,2,3,4)</source>
        <translation>0–6 аралығындағы күн нөмірлері (0 — дүйсенбі, 6 — жексенбі), үтір арқылы, әрқайсысы бір рет, кемінде біреуі (мысалы, 0,1,2,3,4)</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="139"/>
        <source>Working day starts</source>
        <translation>Жұмыс күнінің басталуы</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="140"/>
        <source>Working day ends</source>
        <translation>Жұмыс күнінің аяқталуы</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="141"/>
        <source>Lunch from</source>
        <translation>Түскі үзілістің басталуы</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="142"/>
        <source>Lunch to</source>
        <translation>Түскі үзілістің аяқталуы</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="145"/>
        <source>Extra days off</source>
        <translation>Қосымша демалыс күндері</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="146"/>
        <source>Extra working days</source>
        <translation>Қосымша жұмыс күндері</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="148"/>
        <source>Lock after inactivity (minutes)</source>
        <translation>Әрекетсіздіктен кейін құлыптау (минут)</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="150"/>
        <source>Wipe the card after a verified download</source>
        <translation>Тексерілген түсіруден кейін картаны тазарту</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="154"/>
        <source>Download on docking</source>
        <translation>Қондырған бойда түсіру</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="159"/>
        <source>Cameras downloading at once</source>
        <translation>Бір уақытта түсірілетін бейнетіркегіштер</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="162"/>
        <source>Lowest battery charge at issue (%)</source>
        <translation>Беру кезіндегі батареяның ең төменгі заряды (%)</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="165"/>
        <source>Warn before the end of service life (days)</source>
        <translation>Қызмет мерзімі аяқталғанға дейін ескерту (күн)</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="169"/>
        <source>Office headcount for the equipment norms</source>
        <translation>Жабдықтау нормалары үшін мекеменің штат саны</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="173"/>
        <source>Days between full checks of the vault</source>
        <translation>Қойманы толық тексерулер арасындағы күндер</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="176"/>
        <source>Days after which Today asks for a new backup</source>
        <translation>«Бүгін» беті жаңа сақтық көшірмені сұрайтын күндер саны</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="179"/>
        <source>Mount roots</source>
        <translation>Тасымалдағыштар қосылатын қалталар</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="180"/>
        <source>absolute folder paths, comma separated (e.g. /media/officer), or nothing</source>
        <translation>қалталардың толық (абсолютті) жолдары, үтір арқылы (мысалы, /media/officer), немесе бос</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="183"/>
        <source>Responsible officer</source>
        <translation>Жауапты тұлға</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="184"/>
        <location filename="../../app/model/settings.py" line="186"/>
        <source>a staff number</source>
        <translation>қызметкердің нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="185"/>
        <source>Head of the office</source>
        <translation>Аумақтық орган басшысы</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="188"/>
        <source>Signing key</source>
        <translation>Қолтаңба кілті</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="189"/>
        <location filename="../../app/model/settings.py" line="192"/>
        <source>{digits} hexadecimal digits</source>
        <translation>{digits} таңбалы он алтылық сан</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="191"/>
        <source>Vault identifier</source>
        <translation>Қойма идентификаторы</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="246"/>
        <source>The setting {setting} holds “{stored}”, which is not allowed ({form}); “{used}” is used until it is corrected.</source>
        <translation>«{setting}» баптауында жол берілмейтін «{stored}» мәні тұр (рұқсат етілгені: {form}); ол түзетілгенге дейін «{used}» қолданылады.</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="255"/>
        <source>The working hours stored ({start}–{end}, lunch {lunch_start}–{lunch_end}) do not fit together; the hours of R21 ({r_start}–{r_end}, lunch {r_lunch_start}–{r_lunch_end}) are used until they are corrected.</source>
        <translation>Сақталған жұмыс уақыты ({start}–{end}, түскі үзіліс {lunch_start}–{lunch_end}) бір-біріне сәйкес келмейді; түзетілгенге дейін R21 бойынша уақыт ({r_start}–{r_end}, түскі үзіліс {r_lunch_start}–{r_lunch_end}) қолданылады.</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="335"/>
        <source>{setting} is not changed by the {role}.</source>
        <translation>«{setting}» баптауын {role} өзгерте алмайды.</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="370"/>
        <source>{key} is not a setting: the vault&apos;s identity and who holds each role change only through their own recorded action (a new officer is designated with reset-officer).</source>
        <translation>{key} — баптау емес: қойманың сәйкестендіргіші мен әр рөлді кім атқаратыны тек өздерінің тіркелетін әрекеті арқылы өзгереді (жаңа жауапты тұлға reset-officer арқылы тағайындалады).</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="388"/>
        <location filename="../../app/model/vault.py" line="66"/>
        <location filename="../../app/model/words.py" line="21"/>
        <source>responsible officer</source>
        <translation>жауапты тұлға</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="389"/>
        <location filename="../../app/model/vault.py" line="67"/>
        <location filename="../../app/model/words.py" line="22"/>
        <source>head of the office</source>
        <translation>аумақтық орган басшысы</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="395"/>
        <source>{setting}: “{value}” does not fit the working hours: the day must start before it ends and lunch must lie within it (would be {start}–{end}, lunch {lunch_start}–{lunch_end}).</source>
        <translation>{setting}: «{value}» жұмыс уақытына сәйкес келмейді: жұмыс күні аяқталуынан бұрын басталып, түскі үзіліс жұмыс күнінің ішінде болуы тиіс (нәтижесі: {start}–{end}, түскі үзіліс {lunch_start}–{lunch_end}).</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="405"/>
        <source>{setting}: {days} would be both an extra day off and an extra working day; a day can be only one of them.</source>
        <translation>{setting}: {days} бір мезгілде әрі қосымша демалыс күні, әрі қосымша жұмыс күні болып шығады; күн олардың біреуі ғана бола алады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/vault.py" line="88"/>
        <source>A vault password needs at least %n character(s).</source>
        <translation>
            <numerusform>Қойма құпиясөзі кемінде %n таңбадан тұруы тиіс.</numerusform>
            <numerusform>Қойма құпиясөзі кемінде %n таңбадан тұруы тиіс.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/vault_meta.py" line="26"/>
        <source>There is no Dalel vault at {path}.</source>
        <translation>{path} жерінде Dalel қоймасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault_meta.py" line="33"/>
        <location filename="../../app/package_check.py" line="236"/>
        <source>it is not text</source>
        <translation>бұл мәтін емес</translation>
    </message>
    <message>
        <location filename="../../app/model/vault_meta.py" line="36"/>
        <location filename="../../app/package_check.py" line="238"/>
        <source>it is not readable JSON (line {line})</source>
        <translation>бұл оқылатын JSON емес ({line}-жол)</translation>
    </message>
    <message>
        <location filename="../../app/model/vault_meta.py" line="40"/>
        <source>it does not describe a Dalel vault</source>
        <translation>онда Dalel қоймасының сипаттамасы жоқ</translation>
    </message>
    <message>
        <location filename="../../app/model/vault_meta.py" line="46"/>
        <source>The vault description {path} is damaged: {reason}.</source>
        <translation>{path} қойма сипаттамасы зақымдалған: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault_meta.py" line="56"/>
        <source>This vault was made by a newer Dalel (vault format {found}; this program knows format {known}). Nothing was changed; update the program.</source>
        <translation>Бұл қойманы Dalel-дің жаңарақ нұсқасы жасаған (қойма форматы {found}; бұл бағдарлама {known} форматын біледі). Ештеңе өзгертілген жоқ; бағдарламаны жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="109"/>
        <location filename="../../app/model/vault.py" line="428"/>
        <source>The officer and the head must each choose their own password.</source>
        <translation>Жауапты тұлға мен басшы әрқайсысы өз құпиясөзін таңдауы тиіс.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="117"/>
        <source>The officer and the head must be two different people.</source>
        <translation>Жауапты тұлға мен басшы екі түрлі адам болуы тиіс.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="120"/>
        <source>The folder {path} is not empty; choose an empty folder for a new vault.</source>
        <translation>{path} қалтасы бос емес; жаңа қойма үшін бос қалта таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="194"/>
        <location filename="../../app/model/vault.py" line="183"/>
        <source>Role must be officer or head.</source>
        <translation>Рөлі жауапты тұлға немесе басшы болуы тиіс.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault_meta.py" line="61"/>
        <source>Unknown vault format {found}.</source>
        <translation>Белгісіз қойма пішімі {found}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/vault.py" line="196"/>
        <source>The record of failed unlocks was damaged; as a precaution unlocking is blocked for %n more minute(s).</source>
        <translation>
            <numerusform>Сәтсіз ашу әрекеттерінің жазбасы зақымдалған; сақтық үшін ашу тағы %n минутқа бұғатталды.</numerusform>
            <numerusform>Сәтсіз ашу әрекеттерінің жазбасы зақымдалған; сақтық үшін ашу тағы %n минутқа бұғатталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/vault.py" line="199"/>
        <source>Too many wrong passwords. Unlocking is blocked for %n more minute(s).</source>
        <translation>
            <numerusform>Қате құпиясөз тым көп енгізілді. Ашу тағы %n минутқа бұғатталды.</numerusform>
            <numerusform>Қате құпиясөз тым көп енгізілді. Ашу тағы %n минутқа бұғатталды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="207"/>
        <source>Wrong password, five times in a row. Unlocking is blocked for ten minutes.</source>
        <translation>Қатарынан бес рет қате құпиясөз. Ашу он минутқа бұғатталды.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="249"/>
        <source>The vault is locked, but the lock could not be recorded in the audit log: {reason}</source>
        <translation>Қойма құлыпталды, бірақ құлыптау аудит журналына жазылмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="239"/>
        <location filename="../../app/model/blobs.py" line="249"/>
        <location filename="../../app/model/vault.py" line="336"/>
        <location filename="../../app/model/vault.py" line="349"/>
        <source>The vault is locked.</source>
        <translation>Қойма құлыпталған.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="401"/>
        <source>Only the head can set a new officer&apos;s password.</source>
        <translation>Жаңа жауапты тұлғаның құпиясөзін тек басшы қоя алады.</translation>
    </message>
    <message>
        <location filename="../../app/paper/blank.py" line="27"/>
        <source>A blank book has 2 to {max} numbered pages.</source>
        <translation>Бос кітапта 2-ден {max} дейін нөмірленген бет болады.</translation>
    </message>
    <message>
        <location filename="../../app/paper/output.py" line="66"/>
        <source>The folder {path} does not exist.</source>
        <translation>{path} қалтасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/paper/output.py" line="82"/>
        <source>The pages were registered in the vault, but the disk refused their PDF: {reason} Print them again as a reprint (the same page numbers and codes).</source>
        <translation>Беттер қоймада тіркелді, бірақ диск олардың PDF файлын жазудан бас тартты: {reason} Оларды қайта басу арқылы басып шығарыңыз (бет нөмірлері мен кодтары сол күйі қалады).</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="148"/>
        <source>There are no new journal entries to print. Rows waiting: {n}; the first: {first}</source>
        <translation>Басып шығаратын жаңа журнал жазбалары жоқ. Күтіп тұрған жолдар: {n}; біріншісі: {first}</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="152"/>
        <source>There are no new journal entries to print.</source>
        <translation>Басып шығаратын жаңа журнал жазбалары жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="228"/>
        <source>There is no open volume with printed pages to close.</source>
        <translation>Жабатын, беттері басылған ашық том жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="254"/>
        <source>There is no volume {volume}.</source>
        <translation>{volume}-том жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="260"/>
        <source>Volume {volume} has no page {page}.</source>
        <translation>{volume}-томда {page}-бет жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="314"/>
        <source>No journal rows in that period.</source>
        <translation>Бұл кезеңде журнал жолдары жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="52"/>
        <source>Give the page&apos;s check code or its QR text.</source>
        <translation>Беттің тексеру кодын немесе QR мәтінін беріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="61"/>
        <source>the code is not a Dalel page code (mistyped?)</source>
        <translation>бұл Dalel бетінің коды емес (қате терілген бе?)</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="66"/>
        <source>the short code and the QR code are of different pages</source>
        <translation>қысқа код пен QR-код әр түрлі беттерге тиесілі</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="70"/>
        <source>this code was issued for page {issued}, not for page {page}</source>
        <translation>бұл код {page}-бетке емес, {issued}-бетке берілген</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="74"/>
        <source>this code was issued for volume {issued}, not for volume {volume}</source>
        <translation>бұл код {volume}-томға емес, {issued}-томға берілген</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="80"/>
        <source>no page {page} was ever printed in volume {volume}</source>
        <translation>{volume}-томда {page}-бет ешқашан басылмаған</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="87"/>
        <source>the vault&apos;s record of this page is damaged: {reason}</source>
        <translation>қоймадағы бұл бет туралы жазба зақымдалған: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="96"/>
        <source>the journal no longer matches the checkpoint printed on the page: {why}</source>
        <translation>журнал бетте басылған бақылау нүктесіне енді сәйкес келмейді: {why}</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="102"/>
        <source>the journal&apos;s hash chain is broken at entry {seq}: {reason}</source>
        <translation>журналдың хэш тізбегі {seq}-жазбада үзілген: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="113"/>
        <source>the rows of this page no longer match the journal&apos;s hash chain</source>
        <translation>бұл беттің жолдары журналдың хэш тізбегіне енді сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="118"/>
        <source>the code does not match this page (altered or substituted page)</source>
        <translation>код бұл бетке сәйкес келмейді (бет өзгертілген немесе ауыстырылған)</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="124"/>
        <source>the QR checkpoint does not match the journal: {why}</source>
        <translation>QR-кодтағы бақылау нүктесі журналға сәйкес келмейді: {why}</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="128"/>
        <source>the QR code does not match this page</source>
        <translation>QR-код бұл бетке сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="132"/>
        <source>the page matches the vault</source>
        <translation>бет қоймаға сәйкес келеді</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="95"/>
        <source>The head&apos;s password is wrong; nothing was released (R10).</source>
        <translation>Басшының құпиясөзі қате; ештеңе берілген жоқ (R10).</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="105"/>
        <source>Only the head can permit a release (R10): unlock as the head (--role head), or let the head type their password.</source>
        <translation>Көшірме беруге тек басшы рұқсат бере алады (R10): басшы ретінде ашыңыз (--role head) немесе басшы өз құпиясөзін енгізсін.</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="113"/>
        <source>Choose the footage to release.</source>
        <translation>Берілетін жазбаларды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="115"/>
        <source>Say to whom the copy is released: the inspector&apos;s personnel number.</source>
        <translation>Көшірме кімге берілетінін көрсетіңіз: инспектордың табель нөмірі.</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="118"/>
        <source>Say what the copy is for: footage is released for service purposes only (R10).</source>
        <translation>Көшірменің мақсатын көрсетіңіз: жазбалар тек қызметтік мақсатта беріледі (R10).</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="122"/>
        <source>Choose the folder the package is written into.</source>
        <translation>Пакет жазылатын қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="138"/>
        <source>Recording {id} ({name}) is no longer in the vault: its stored file is missing (destroyed at the end of its retention period, or lost; `dalel verify` tells which). Nothing was released.</source>
        <translation>№ {id} жазба ({name}) қоймада енді жоқ: оның сақталған файлы жоқ (сақтау мерзімі аяқталғанда жойылған немесе жоғалған; қайсысы екенін `dalel verify` көрсетеді). Ештеңе берілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="276"/>
        <source>A copy is released to an active inspector only (R10).</source>
        <translation>Көшірме тек белсенді инспекторға беріледі (R10).</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="282"/>
        <source>The folder {path} does not exist; choose an existing folder.</source>
        <translation>{path} қалтасы жоқ; бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="288"/>
        <source>A released copy cannot go inside the vault folder {path}: choose a removable drive or another folder.</source>
        <translation>Берілетін көшірмені {path} қойма қалтасының ішіне салуға болмайды: алынбалы дискіні немесе басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="339"/>
        <source>Release {id} is recorded, but its folder could not be named {final} ({reason}); the complete package is in {partial}.</source>
        <translation>№ {id} беру тіркелді, бірақ оның қалтасына {final} атауын беру мүмкін болмады ({reason}); толық пакет {partial} қалтасында.</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="193"/>
        <source>A stored file did not match its recorded hash; nothing was released. Run a vault check.</source>
        <translation>Сақталған файл жазылған хэшке сәйкес келмеді; ештеңе берілген жоқ. Қойманы тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/identity.py" line="126"/>
        <source>Type the inventory number of the camera or card this volume belongs to.</source>
        <translation>Бұл том тиесілі бейнетіркегіштің немесе картаның түгендеу нөмірін теріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/identity.py" line="133"/>
        <source>No camera or memory card has the inventory number {number} (R4).</source>
        <translation>{number} түгендеу нөмірі бар бейнетіркегіш те, жад картасы да жоқ (R4).</translation>
    </message>
    <message>
        <location filename="../../app/ingest/identity.py" line="138"/>
        <source>Memory card {number} was never issued in a camera, so whose footage it holds is unknown. Tie the volume to the camera instead.</source>
        <translation>{number} жад картасы бейнетіркегішпен ешқашан берілмеген, сондықтан ондағы жазбалар кімдікі екені белгісіз. Томды бейнетіркегішке байланыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/identity.py" line="150"/>
        <source>This camera tells its own serial ({serial}); it cannot be tied to another inventory number. Register it instead (R4).</source>
        <translation>Бұл бейнетіркегіш өз сериялық нөмірін ({serial}) айтады; оны басқа түгендеу нөміріне байланыстыруға болмайды. Оны тіркеңіз (R4).</translation>
    </message>
    <message>
        <location filename="../../app/ingest/identity.py" line="155"/>
        <source>Camera {number} is written off.</source>
        <translation>{number} бейнетіркегіші есептен шығарылған.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/identity.py" line="203"/>
        <source>The volume {label} is camera {found}, not {named}; nothing was copied.</source>
        <translation>{label} томы — {named} емес, {found} бейнетіркегіші; ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/identity.py" line="207"/>
        <source>The volume {label} is a camera with serial {serial} that is not registered; register it with its own inventory number first (R4). Nothing was copied.</source>
        <translation>{label} томы — сериялық нөмірі {serial} тіркелмеген бейнетіркегіш; алдымен оны өз түгендеу нөмірімен тіркеңіз (R4). Ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="64"/>
        <source>{kind} is missing (dropped)</source>
        <translation>{kind} жоқ (жойылған)</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="67"/>
        <source>{kind} differs from schema {version}</source>
        <translation>{kind} {version} схемасынан өзгеше</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="70"/>
        <source>{kind} is not part of schema {version} (added)</source>
        <translation>{kind} {version} схемасына кірмейді (қосылған)</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="103"/>
        <source>officer</source>
        <translation>жауапты тұлға</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="104"/>
        <source>head</source>
        <translation>басшы</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="109"/>
        <source>footage {id}</source>
        <translation>№ {id} бейнежазба</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="137"/>
        <source>is not covered by any journal entry&apos;s digest (added or moved outside an ingest)</source>
        <translation>журналдың ешбір жазбасының хэшіне енбеген (түсіруден тыс қосылған немесе жылжытылған)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/integrity.py" line="146"/>
        <source>journal entry {seq} stored %n recording(s), the index holds {held} (removed or moved)</source>
        <translation>
            <numerusform>журналдың № {seq} жазбасы бойынша %n бейнежазба сақталған, индексте — {held} (жойылған немесе жылжытылған)</numerusform>
            <numerusform>журналдың № {seq} жазбасы бойынша %n бейнежазба сақталған, индексте — {held} (жойылған немесе жылжытылған)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="151"/>
        <source>do not match the digest in journal entry {seq} (hash, size, parts, camera, custody, inspector, times, file name or blob changed)</source>
        <translation>журналдың № {seq} жазбасындағы хэшке сәйкес келмейді (хэш, көлем, бөліктер, бейнетіркегіш, беру, инспектор, уақыттар, файл атауы немесе жазба файлы өзгертілген)</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="154"/>
        <source>journal {seq}</source>
        <translation>журналдың № {seq} жазбасы</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="159"/>
        <source>do not match the seal in journal entry {seq}</source>
        <translation>журналдың № {seq} жазбасындағы бекітуге сәйкес келмейді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/integrity.py" line="162"/>
        <source>%n recording(s) downloaded before {version} are covered from their seal (journal entry {seq}) on, not from their download</source>
        <translation>
            <numerusform>{version} нұсқасына дейін түсірілген %n бейнежазба тексеріспен түсірілген сәттен емес, бекітілген сәттен (журналдың № {seq} жазбасы) бастап қамтылады</numerusform>
            <numerusform>{version} нұсқасына дейін түсірілген %n бейнежазба тексеріспен түсірілген сәттен емес, бекітілген сәттен (журналдың № {seq} жазбасы) бастап қамтылады</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="168"/>
        <source>has stored parts but no recording row (removed)</source>
        <translation>сақталған бөліктері бар, бірақ бейнежазба жолы жоқ (жойылған)</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="176"/>
        <source>has no stored parts</source>
        <translation>сақталған бөліктері жоқ</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="180"/>
        <source>parts do not add up to the recorded size</source>
        <translation>бөліктерінің жалпы көлемі тіркелген көлемге тең емес</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="183"/>
        <source>its part&apos;s SHA-256 is not the recording&apos;s</source>
        <translation>бөлігінің SHA-256 мәні бейнежазбаның SHA-256 мәнімен сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="187"/>
        <source>part {part}: blob {blob} is not in the index</source>
        <translation>{part}-бөлік: {blob} жазба файлы индексте жоқ</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="191"/>
        <source>part {part}: blob {blob} is recorded with another SHA-256 or size</source>
        <translation>{part}-бөлік: {blob} жазба файлы басқа SHA-256 мәнімен немесе көлеммен тіркелген</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="234"/>
        <source>does not match the audit log&apos;s record of it (added or changed behind Dalel)</source>
        <translation>аудит журналындағы жазбаға сәйкес келмейді (Dalel-ді айналып өтіп қосылған немесе өзгертілген)</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="238"/>
        <source>is recorded in the audit log but missing (deleted)</source>
        <translation>аудит журналында тіркелген, бірақ жоқ (жойылған)</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="241"/>
        <source>rows before the seal (journal entry {seq}) were changed</source>
        <translation>бекітуге (журналдың № {seq} жазбасы) дейінгі жолдар өзгертілген</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="265"/>
        <location filename="../../app/model/integrity.py" line="269"/>
        <source>release {id}</source>
        <translation>№ {id} беру</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="266"/>
        <source>does not match the audit log&apos;s record of it</source>
        <translation>аудит журналындағы жазбаға сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="270"/>
        <source>is recorded in the audit log but missing</source>
        <translation>аудит журналында тіркелген, бірақ жоқ</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="300"/>
        <source>the index names another vault than vault.json</source>
        <translation>индексте vault.json файлындағыдан басқа қойма көрсетілген</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="304"/>
        <source>is not the key of this vault&apos;s master key</source>
        <translation>осы қойманың негізгі кілтіне сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="310"/>
        <source>no record names the {role} (vault creation or seal)</source>
        <translation>«{role}» рөлін кім атқаратыны ешбір жазбада көрсетілмеген (қойманы құру немесе бекіту)</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="314"/>
        <source>names staff {named} as the {role}; the audit log&apos;s record names staff {recorded}</source>
        <translation>«{role}» рөлінде № {named} қызметкер көрсетілген; аудит журналындағы жазбада — № {recorded} қызметкер</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="364"/>
        <source>Only the head can designate a new officer.</source>
        <translation>Жаңа жауапты тұлғаны тек басшы тағайындай алады.</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="368"/>
        <source>The officer must be an active member of staff other than the head.</source>
        <translation>Жауапты тұлға басшыдан басқа, белсенді қызметкер болуы керек.</translation>
    </message>
    <message>
        <location filename="../../app/reports/export.py" line="25"/>
        <source>Save the report as .pdf, .csv or .xlsx (not {name}).</source>
        <translation>Есепті .pdf, .csv немесе .xlsx ретінде сақтаңыз ({name} емес).</translation>
    </message>
    <message>
        <location filename="../../app/reports/month.py" line="68"/>
        <source>A month is written YYYY-MM, e.g. 2026-11 (years 2000–2100).</source>
        <translation>Ай ЖЖЖЖ-АА түрінде жазылады, мысалы 2026-11 (2000–2100 жылдар).</translation>
    </message>
    <message>
        <location filename="../../app/ingest/source.py" line="37"/>
        <source>No folder was given; name the folder of recordings to download.</source>
        <translation>Қалта көрсетілмеді; түсірілетін жазбалар қалтасын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/source.py" line="43"/>
        <source>There is no folder {path}.</source>
        <translation>{path} қалтасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/source.py" line="47"/>
        <source>The folder {path} cannot be read: {reason}.</source>
        <translation>{path} қалтасын оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/source.py" line="51"/>
        <location filename="../../app/package_check.py" line="216"/>
        <source>{path} is not a folder.</source>
        <translation>{path} — қалта емес.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="219"/>
        <source>{path} is not a released package: it has no manifest.json.</source>
        <translation>{path} — берілген пакет емес: онда manifest.json жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="222"/>
        <location filename="../../app/package_check.py" line="325"/>
        <location filename="../../app/package_check.py" line="360"/>
        <source>{file}: the file is missing.</source>
        <translation>{file}: файл жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="234"/>
        <source>it is not a JSON object</source>
        <translation>бұл JSON нысаны емес</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="241"/>
        <source>manifest.json is not readable: {reason}.</source>
        <translation>manifest.json оқылмайды: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="245"/>
        <source>manifest.json is of an unknown format {found} (this program reads {format}).</source>
        <translation>manifest.json пішімі белгісіз: {found} (бұл бағдарлама {format} пішімін оқиды).</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="259"/>
        <source>{file} is missing or is not an Ed25519 public key.</source>
        <translation>{file} жоқ немесе ол Ed25519 ашық кілті емес.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="271"/>
        <source>The signature does not match manifest.json: the manifest was changed or signed with another key.</source>
        <translation>Қолтаңба manifest.json-ға сәйкес келмейді: манифест өзгертілген немесе оған басқа кілтпен қол қойылған.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="277"/>
        <source>{file} is not the key the manifest names.</source>
        <translation>{file} — манифестте көрсетілген кілт емес.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="281"/>
        <source>The package is signed with the key {found}, not with the office&apos;s key {expected}.</source>
        <translation>Пакетке мекеменің {expected} кілтімен емес, {found} кілтімен қол қойылған.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="301"/>
        <source>The journal checkpoint in the manifest is not one this vault&apos;s key signed.</source>
        <translation>Манифесттегі журналдың бақылау нүктесіне осы қойманың кілтімен қол қойылмаған.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="313"/>
        <source>The manifest names an unsafe path: {file}.</source>
        <translation>Манифестте қауіпті жол көрсетілген: {file}.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="227"/>
        <location filename="../../app/package_check.py" line="330"/>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="320"/>
        <source>{file}: a link in the file&apos;s place, not the file itself.</source>
        <translation>{file}: файлдың орнында файлдың өзі емес, сілтеме тұр.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="341"/>
        <source>{file}: its content differs from the manifest (SHA-256).</source>
        <translation>{file}: мазмұны манифесттегіден өзгеше (SHA-256).</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="346"/>
        <source>The manifest&apos;s files digest does not match its list of files.</source>
        <translation>Манифесттегі файлдар тізімінің хэші тізімнің өзіне сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="352"/>
        <source>{file}: not in the manifest (an extra file).</source>
        <translation>{file}: манифестте жоқ (артық файл).</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="368"/>
        <source>SHA256SUMS line {n} is not readable.</source>
        <translation>SHA256SUMS файлының {n}-жолы оқылмайды.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="374"/>
        <source>SHA256SUMS and the manifest disagree about {file}.</source>
        <translation>SHA256SUMS пен манифестте {file} туралы мәлімет әртүрлі.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/package_check.py" line="407"/>
        <source>PACKAGE DAMAGED OR ALTERED — %n problem(s):</source>
        <translation>
            <numerusform>ПАКЕТ ЗАҚЫМДАНҒАН НЕМЕСЕ ӨЗГЕРТІЛГЕН — %n ақау:</numerusform>
            <numerusform>ПАКЕТ ЗАҚЫМДАНҒАН НЕМЕСЕ ӨЗГЕРТІЛГЕН — %n ақау:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/package_check.py" line="417"/>
        <source>Package intact: release {id} from vault {vault}, %n file(s), {mb} MB; every hash, the signature and the file list check out.</source>
        <translation>
            <numerusform>Пакет бүтін: {vault} қоймасынан № {id} беру, %n файл, {mb} МБ; барлық хэштер, қолтаңба және файлдар тізімі сәйкес келеді.</numerusform>
            <numerusform>Пакет бүтін: {vault} қоймасынан № {id} беру, %n файл, {mb} МБ; барлық хэштер, қолтаңба және файлдар тізімі сәйкес келеді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="412"/>
        <location filename="../../app/package_check.py" line="429"/>
        <source>Signing key fingerprint: {fp}</source>
        <translation>Қолтаңба кілтінің саусақ ізі: {fp}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/package_check.py" line="336"/>
        <source>{file}: its size is %n bytes, the manifest says {expected}.</source>
        <translation>
            <numerusform>{file}: көлемі %n байт, ал манифестте {expected} байт.</numerusform>
            <numerusform>{file}: көлемі %n байт, ал манифестте {expected} байт.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="423"/>
        <source>Released on {at} by {by}, with the permission of the head {head} (R10).</source>
        <translation>Берілген уақыты: {at}; берген: {by}; басшының рұқсатымен: {head} (R10).</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="427"/>
        <source>To: {to}. Purpose: {purpose}</source>
        <translation>Алушы: {to}. Мақсаты: {purpose}</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="430"/>
        <source>Compare it with the office&apos;s (shown by `dalel status` and on the paper manifest).</source>
        <translation>Оны мекеменің кілтімен салыстырыңыз (`dalel status` пен қағаз манифесте көрсетілген).</translation>
    </message>
    <message>
        <location filename="../../app/model/backup.py" line="168"/>
        <source>The backup destination {path} does not exist or is not a folder. Is the drive connected?</source>
        <translation>Сақтық көшірменің орны {path} жоқ немесе қалта емес. Диск жалғанған ба?</translation>
    </message>
    <message>
        <location filename="../../app/model/backup.py" line="176"/>
        <source>A backup cannot go inside the vault folder {path}; choose an external drive.</source>
        <translation>Сақтық көшірмені қойма қалтасының {path} ішіне жазуға болмайды; сыртқы дискіні таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/model/backup.py" line="188"/>
        <source>{path} holds the backup of another vault; choose another folder.</source>
        <translation>{path} ішінде басқа қойманың сақтық көшірмесі бар; басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/model/backup.py" line="205"/>
        <source>Another backup into {path} is running; wait for it to finish.</source>
        <translation>{path} ішіне басқа сақтық көшірме жасалып жатыр; оның аяқталуын күтіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/model/backup_copy.py" line="327"/>
        <source>The backup drive {path} has {free} MB free; this backup needs {need} MB more. Nothing was removed; use a larger drive or free some space, then back up again.</source>
        <translation>Сақтық көшірме дискісінде {path} бос орын {free} МБ; бұл көшірмеге тағы {need} МБ қажет. Ештеңе жойылған жоқ; көлемі үлкенірек дискіні алыңыз немесе орын босатып, көшірмені қайта жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/model/backup_copy.py" line="351"/>
        <source>The copy of the index on the backup drive ({path}) does not read back intact ({reason}): the drive may be failing. The previous backup there is kept; try another drive.</source>
        <translation>Сақтық көшірме дискісіндегі индекс көшірмесі ({path}) бүтін күйінде қайта оқылмайды ({reason}): диск ақаулы болуы мүмкін. Ондағы алдыңғы сақтық көшірме сақталды; басқа дискіні пайдаланып көріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="83"/>
        <source>{path} holds the backups of several vaults; name the one to restore: {names}.</source>
        <translation>{path} ішінде бірнеше қойманың сақтық көшірмесі бар; қайсысын қалпына келтіру керегін көрсетіңіз: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="86"/>
        <source>There is no complete Dalel backup at {path}.</source>
        <translation>{path} ішінде Dalel бағдарламасының толық сақтық көшірмесі жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="96"/>
        <source>it is not a Dalel backup</source>
        <translation>бұл Dalel сақтық көшірмесі емес</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="98"/>
        <source>the backup and its vault.json name different vaults</source>
        <translation>сақтық көшірме мен оның vault.json файлы әртүрлі қоймаларды атайды</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="101"/>
        <source>index.db is missing</source>
        <translation>index.db жоқ</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="109"/>
        <source>The backup at {path} is incomplete or damaged: {reason}.</source>
        <translation>{path} ішіндегі сақтық көшірме толық емес немесе зақымдалған: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="116"/>
        <source>The folder {path} is not empty; restore into a new or empty folder (a half-finished restore can be deleted and started again).</source>
        <translation>{path} қалтасы бос емес; жаңа немесе бос қалтаға қалпына келтіріңіз (аяқталмай қалған қалпына келтіруді жойып, қайта бастауға болады).</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="122"/>
        <source>Restore into a folder outside the backup {path}.</source>
        <translation>{path} сақтық көшірмесінен тыс қалтаға қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="183"/>
        <source>its index or key slots cannot be read</source>
        <translation>оның индексін немесе кілт слоттарын оқу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="185"/>
        <source>The backup at {path} holds a damaged copy of the vault ({reason}). Nothing was restored; restore from another backup (an earlier one, or one made again from the vault).</source>
        <translation>{path} ішіндегі сақтық көшірмеде қойманың зақымдалған көшірмесі бар ({reason}). Ештеңе қалпына келтірілген жоқ; басқа сақтық көшірмеден қалпына келтіріңіз (ертерегінен немесе қоймадан қайта жасалғанынан).</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="196"/>
        <location filename="../../app/model/vault.py" line="187"/>
        <source>No password was given.</source>
        <translation>Құпиясөз берілмеді.</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="259"/>
        <source>{path} has {free} MB free; the restored vault needs {need} MB.</source>
        <translation>{path} ішінде бос орын {free} МБ; қалпына келтірілетін қоймаға {need} МБ қажет.</translation>
    </message>
    <message>
        <location filename="../../app/model/safecopy.py" line="231"/>
        <source>The copy {path} reads back differently from what was written: the drive may be failing. Nothing was replaced; try another drive.</source>
        <translation>{path} көшірмесі қайта оқығанда жазылғаннан өзгеше болып шықты: диск ақаулы болуы мүмкін. Ештеңе ауыстырылған жоқ; басқа дискіні пайдаланып көріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="35"/>
        <source>№ {number} — {inventory}, {inspector}: the camera is not handed in yet; due back by {due} (R17).</source>
        <extracomment>Why a row waits: the camera is out (R17), the footage not in the vault (R8), or an earlier row waits and rows go on paper in their order (R7).</extracomment>
        <translation>№ {number} — {inventory}, {inspector}: бейнетіркегіш әлі тапсырылмаған; {due} дейін қайтарылуы тиіс (R17).</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="38"/>
        <source>№ {number} — {inventory}, {inspector}: the footage is not downloaded yet; due in the vault by {due} (R8).</source>
        <translation>№ {number} — {inventory}, {inspector}: жазбалар әлі жүктелмеген; қоймаға {due} дейін жүктелуі тиіс (R8).</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="41"/>
        <source>№ {number} — {inventory}, {inspector}: finished, waits for № {first}: rows go on paper in their order (R7).</source>
        <translation>№ {number} — {inventory}, {inspector}: аяқталды, № {first} жолды күтеді: жолдар қағазға өз ретімен түседі (R7).</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="45"/>
        <source>Overdue.</source>
        <translation>Мерзімі өтіп кетті.</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="134"/>
        <source>Volume {volume}, page {page}, № {number}: strike the row through; its corrected entry is № {value} (R7).</source>
        <translation>{volume}-том, {page}-бет, № {number}: жолды сызып тастаңыз; оның түзетілген жазбасы — № {value} (R7).</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="138"/>
        <source>Volume {volume}, page {page}, № {number}, column {column}: {value}</source>
        <translation>{volume}-том, {page}-бет, № {number}, {column}-баған: {value}</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="165"/>
        <source>New pages will take rows № {rows} ({n} in all).</source>
        <translation>Жаңа беттерге № {rows} жолдар түседі (барлығы {n}).</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="169"/>
        <source>No row is ready for new pages.</source>
        <translation>Жаңа беттерге дайын жол жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="171"/>
        <source>Rows waiting ({n}):</source>
        <translation>Күтіп тұрған жолдар ({n}):</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="179"/>
        <location filename="../../app/paper/volume.py" line="171"/>
        <source>Every row is already on a printed page.</source>
        <translation>Барлық жол басылған беттерде тұр.</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="181"/>
        <source>The sheet for signatures will take rows № {rows} ({n} in all).</source>
        <translation>Қол қоюға арналған параққа № {rows} жолдар түседі (барлығы {n}).</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="185"/>
        <source>Still open, printed as at issue with columns 5–8 left for ink: № {rows}.</source>
        <translation>Әлі жабылмаған, берілген кездегі күйінде басылатын, 5–8-бағандары қаламсаппен толтыруға қалдырылатын жолдар: № {rows}.</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="193"/>
        <source>To write in ink today on pages already printed ({n}):</source>
        <translation>Бүгін басылған беттерге қаламсаппен жазылатындар ({n}):</translation>
    </message>
    <message>
        <location filename="../../app/model/clockwatch.py" line="260"/>
        <source>The responsible officer confirms the date after the clock moved.</source>
        <translation>Сағат жылжығаннан кейін күнді жауапты тұлға растайды.</translation>
    </message>
    <message>
        <location filename="../../app/model/clockwatch.py" line="266"/>
        <source>The computer&apos;s clock says {clock}, not {typed}. Set the computer&apos;s date and time right first; nothing was confirmed.</source>
        <translation>Компьютер сағаты {typed} емес, {clock} көрсетіп тұр. Алдымен компьютердің күні мен уақытын дұрыстаңыз; ештеңе расталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="169"/>
        <location filename="../../app/model/retention.py" line="183"/>
        <source>Only the head puts footage on hold or lifts a hold (R9).</source>
        <translation>Жазбаларды жоюға тыйымды тек басшы салады және алады (R9).</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="171"/>
        <source>Say why the recording is held (a case, a complaint, a request).</source>
        <translation>Жазбаны жоюға неге тыйым салынатынын көрсетіңіз (іс, шағым, сұрау).</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="175"/>
        <source>Recording {id} is already on hold.</source>
        <translation>{id} жазбасын жоюға тыйым салынған.</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="185"/>
        <source>Say why the hold is lifted.</source>
        <translation>Тыйымның неге алынатынын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="188"/>
        <source>Recording {id} is not on hold.</source>
        <translation>{id} жазбасын жоюға тыйым салынбаған.</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="198"/>
        <source>The head&apos;s password is wrong; nothing was destroyed.</source>
        <translation>Басшының құпиясөзі қате; ештеңе жойылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="204"/>
        <source>Only the head approves the destruction of footage (R9).</source>
        <translation>Жазбаларды жоюға тек басшы рұқсат береді (R9).</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="217"/>
        <source>The computer&apos;s clock moved since it was last confirmed; nothing is destroyed until the responsible officer confirms today&apos;s date.</source>
        <translation>Соңғы растаудан бері компьютер сағаты жылжыды; жауапты тұлға бүгінгі күнді растағанша ештеңе жойылмайды.</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="229"/>
        <source>Recording {id} is not due for destruction (its term has not ended, it is held or already destroyed).</source>
        <translation>{id} жазбасын жоюға болмайды (сақтау мерзімі бітпеген, жоюға тыйым салынған немесе ол жойылып қойған).</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="328"/>
        <source>destroyed with no audit record of it (its files removed behind the program?)</source>
        <translation>аудит журналында жою туралы жазбасыз жойылған (файлдары бағдарламаны айналып өтіп өшірілген бе?)</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="338"/>
        <source>its destruction record does not match the audit log&apos;s record of it</source>
        <translation>оны жою туралы жазба аудит журналындағы жазбаға сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="342"/>
        <source>its destruction is recorded in the audit log but the destruction record is missing</source>
        <translation>оны жою аудит журналында тіркелген, бірақ жою туралы жазба жоқ</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="351"/>
        <source>its reason does not match the audit log&apos;s record of it</source>
        <translation>оның себебі аудит журналындағы жазбаға сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="42"/>
        <source>Type the date as DD.MM.YYYY.</source>
        <translation>Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/audit.py" line="62"/>
        <source>The audit log has fewer than %n entries.</source>
        <translation>
            <numerusform>Аудит журналында %n жазбадан аз.</numerusform>
            <numerusform>Аудит журналында %n жазбадан аз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/chain.py" line="46"/>
        <source>entry {expected} is missing (found {seq} next)</source>
        <translation>№ {expected} жазба жоқ (келесі табылғаны — № {seq})</translation>
    </message>
    <message>
        <location filename="../../app/model/chain.py" line="50"/>
        <source>does not follow the entry before it</source>
        <translation>алдыңғы жазбаның жалғасы емес</translation>
    </message>
    <message>
        <location filename="../../app/model/chain.py" line="53"/>
        <source>content does not match its hash (altered)</source>
        <translation>мазмұны өз хэшіне сәйкес келмейді (өзгертілген)</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="32"/>
        <source>index</source>
        <translation>индекс</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="32"/>
        <source>schema</source>
        <translation>схема</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="33"/>
        <source>journal</source>
        <translation>журнал</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="33"/>
        <source>audit</source>
        <translation>аудит журналы</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="34"/>
        <source>checkpoint</source>
        <translation>бақылау нүктесі</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="34"/>
        <source>identity</source>
        <translation>сәйкестендіргіш</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="35"/>
        <source>key_slot</source>
        <translation>кілт слоты</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="35"/>
        <source>footage</source>
        <translation>бейнежазба</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="36"/>
        <source>release</source>
        <translation>беру</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="36"/>
        <source>destruction</source>
        <translation>жою</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="37"/>
        <source>blob</source>
        <translation>жазба файлы</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="99"/>
        <source>the audit log could not take this check&apos;s entries ({entries}): the disk or the index refused them; nothing in the vault was changed</source>
        <translation>аудит журналы осы тексерістің жазбаларын ({entries}) қабылдай алмады: оларды диск немесе индекс қабылдамады; қоймада ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="118"/>
        <source>cannot be read: {why}</source>
        <translation>оқу мүмкін емес: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="123"/>
        <source>cannot be opened again: {why}</source>
        <translation>қайта ашу мүмкін емес: {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/verify.py" line="160"/>
        <source>checkpoint of %n entries predates audit coverage: the journal was checked against it, the audit log not</source>
        <translation>
            <numerusform>%n жазбадан тұратын бақылау нүктесі аудит журналы қамтылғанға дейін жасалған: онымен журнал тексерілді, аудит журналы тексерілмеді</numerusform>
            <numerusform>%n жазбадан тұратын бақылау нүктесі аудит журналы қамтылғанға дейін жасалған: онымен журнал тексерілді, аудит журналы тексерілмеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/verify.py" line="210"/>
        <source>%n file(s) of destroyed recordings are still on disk (a destruction cut short): the next destruction removes them</source>
        <translation>
            <numerusform>жойылған жазбалардың %n файлы әлі дискіде тұр (жою соңына дейін жетпеген): келесі жою оны өшіреді</numerusform>
            <numerusform>жойылған жазбалардың %n файлы әлі дискіде тұр (жою соңына дейін жетпеген): келесі жою оларды өшіреді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/verify.py" line="237"/>
        <source>{reason}; it holds %n recording(s): {names}</source>
        <translation>
            <numerusform>{reason}; онда %n жазба бар: {names}</numerusform>
            <numerusform>{reason}; онда %n жазба бар: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="255"/>
        <location filename="../../app/model/verify.py" line="259"/>
        <source>read error: {why}</source>
        <translation>оқу қатесі: {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ingest/report.py" line="17"/>
        <source>The card was not wiped: the download is not complete (%n file(s) or folder(s) not stored, {blocking} of them may hold recordings, e.g. {first}). Everything stays on the card (R14).</source>
        <translation>
            <numerusform>Карта тазартылмады: түсіру толық емес (%n файл не қалта сақталмады, оның {blocking} жазбаларды қамтуы мүмкін, мысалы, {first}). Бәрі картада қалады (R14).</numerusform>
            <numerusform>Карта тазартылмады: түсіру толық емес (%n файл не қалта сақталмады, оның {blocking} жазбаларды қамтуы мүмкін, мысалы, {first}). Бәрі картада қалады (R14).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ingest/report.py" line="22"/>
        <source>The card was not wiped: the download did not finish. Everything stays on the card (R14).</source>
        <translation>Карта тазартылмады: түсіру аяқталмады. Бәрі картада қалады (R14).</translation>
    </message>
    <message>
        <location filename="../../app/ingest/report.py" line="29"/>
        <source>scanning</source>
        <translation>қарап шығу</translation>
    </message>
    <message>
        <location filename="../../app/ingest/report.py" line="30"/>
        <source>copying</source>
        <translation>көшіру</translation>
    </message>
    <message>
        <location filename="../../app/ingest/report.py" line="31"/>
        <source>verifying</source>
        <translation>тексеру</translation>
    </message>
    <message>
        <location filename="../../app/ingest/report.py" line="32"/>
        <source>committing</source>
        <translation>жазып бекіту</translation>
    </message>
    <message>
        <location filename="../../app/ingest/report.py" line="33"/>
        <source>wiping</source>
        <translation>тазарту</translation>
    </message>
    <message>
        <location filename="../../app/ingest/report.py" line="34"/>
        <source>done</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <location filename="../../app/ingest/report.py" line="35"/>
        <source>stopped</source>
        <translation>тоқтатылды</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ingest/wipe.py" line="43"/>
        <source>A wipe of the card of {camera} was interrupted (journal entry {seq}, %n file(s), all stored and verified first). Dock that camera again to finish it; nothing is lost.</source>
        <translation>
            <numerusform>{camera} картасын тазарту үзілді (журналдың № {seq} жазбасы, %n файл, бәрі алдымен сақталып, тексерілген). Аяқтау үшін сол бейнетіркегішті қайта қондырыңыз; ештеңе жоғалған жоқ.</numerusform>
            <numerusform>{camera} картасын тазарту үзілді (журналдың № {seq} жазбасы, %n файл, бәрі алдымен сақталып, тексерілген). Аяқтау үшін сол бейнетіркегішті қайта қондырыңыз; ештеңе жоғалған жоқ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ingest/wipe.py" line="47"/>
        <source>The card of {camera} was only partly wiped: files deleted: {removed} of {count}, left on the card: {left} ({reason}). Every file is stored and verified in the vault; the journal records what remains.</source>
        <translation>{camera} картасы тек ішінара тазартылды: жойылған файлдар: {count} ішінен {removed}; картада қалғаны: {left} ({reason}). Әр файл қоймада сақталған және тексерілген; журналда не қалғаны жазылады.</translation>
    </message>
    <message>
        <location filename="../../app/clock.py" line="77"/>
        <source>The period runs backwards: it starts on {since}, after its end on {until}. Give the earlier date first.</source>
        <translation>Кезең кері берілген: ол {since} күні басталады, бұл оның аяқталу күні {until} күнінен кейін. Алдымен ертерек күнді көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="20"/>
        <source>inspector</source>
        <translation>инспектор</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="24"/>
        <source>camera</source>
        <translation>бейнетіркегіш</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="25"/>
        <source>memory card</source>
        <translation>жад картасы</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="26"/>
        <source>in store</source>
        <translation>қоймада</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="27"/>
        <source>issued</source>
        <translation>берілген</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="28"/>
        <source>faulty</source>
        <translation>ақаулы</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="29"/>
        <source>written off</source>
        <translation>есептен шығарылған</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="31"/>
        <source>ordinary (kept 1 year)</source>
        <translation>қарапайым (1 жыл сақталады)</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="32"/>
        <source>administrative offence (5 years)</source>
        <translation>әкімшілік құқық бұзушылық (5 жыл)</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="33"/>
        <source>inspection (5 years)</source>
        <translation>тексеру (5 жыл)</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="35"/>
        <source>at issue</source>
        <translation>беру кезінде</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="36"/>
        <source>at return</source>
        <translation>тапсыру кезінде</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="37"/>
        <source>by a correction (R7)</source>
        <translation>түзету бойынша (R7)</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="38"/>
        <source>confirmed at issue</source>
        <translation>беру кезінде расталды</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="40"/>
        <source>journal pages</source>
        <translation>журнал беттері</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="41"/>
        <source>the closing page</source>
        <translation>қорытынды бет</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="42"/>
        <source>a duplicate</source>
        <translation>телнұсқа</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="43"/>
        <source>an extract</source>
        <translation>үзінді</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="44"/>
        <source>a blank book</source>
        <translation>бос кітап</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="45"/>
        <source>the sheet for signatures</source>
        <translation>қол қоюға арналған парақ</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="47"/>
        <source>Mon</source>
        <translation>Дс</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="47"/>
        <source>Tue</source>
        <translation>Сс</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="48"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="48"/>
        <source>Thu</source>
        <translation>Бс</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="49"/>
        <source>Fri</source>
        <translation>Жм</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="49"/>
        <source>Sat</source>
        <translation>Сн</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="50"/>
        <source>Sun</source>
        <translation>Жс</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="51"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="51"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="72"/>
        <source>clock right</source>
        <translation>сағат дұрыс</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="74"/>
        <source>{n} s</source>
        <translation>{n} с</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="75"/>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="76"/>
        <source>{n} h</source>
        <translation>{n} сағ</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="78"/>
        <source>clock {amount} fast</source>
        <translation>сағат {amount} алға кеткен</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="79"/>
        <source>clock {amount} slow</source>
        <translation>сағат {amount} кейін қалған</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="135"/>
        <source>Registered as {number}</source>
        <translation>{number} ретінде тіркелді</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="138"/>
        <source>State: {old} → {new}</source>
        <translation>Күйі: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="141"/>
        <source>In camera: {old} → {new}</source>
        <translation>Бейнетіркегіште: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="144"/>
        <source>Slot seal: {old} → {new}</source>
        <translation>Ұяшық пломбасы: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="147"/>
        <source>The factory password was changed</source>
        <translation>Зауыттық құпиясөз ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="149"/>
        <source>Works here again</source>
        <translation>Қайта жұмыс істейді</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="150"/>
        <source>No longer works here</source>
        <translation>Енді жұмыс істемейді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ingest/reconcile.py" line="49"/>
        <source>%n file(s) ({mb} MB) are in the vault&apos;s quarantine (blobs/quarantine): files no recording uses, left by a download that was cut short or that failed its check. When `dalel verify` is clean, `dalel dock reconcile --purge-quarantine` removes them.</source>
        <translation>
            <numerusform>Қойманың карантинінде (blobs/quarantine) %n файл ({mb} МБ) тұр: ешбір жазба пайдаланбайтын, үзіліп қалған не тексеруден өтпеген түсірудің қалдықтары. `dalel verify` қатесіз болса, `dalel dock reconcile --purge-quarantine` оларды жояды.</numerusform>
            <numerusform>Қойманың карантинінде (blobs/quarantine) %n файл ({mb} МБ) тұр: ешбір жазба пайдаланбайтын, үзіліп қалған не тексеруден өтпеген түсірудің қалдықтары. `dalel verify` қатесіз болса, `dalel dock reconcile --purge-quarantine` оларды жояды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ingest/reconcile.py" line="252"/>
        <source>Only the responsible officer or the head may empty the quarantine.</source>
        <translation>Карантинді тек жауапты тұлға немесе басшы тазарта алады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ingest/reconcile.py" line="259"/>
        <source>The full check found %n problem(s) in the vault (`dalel verify` names them); the quarantine is kept until the vault is whole, since a repair may need what it holds. Nothing was removed.</source>
        <translation>
            <numerusform>Толық тексеру қоймадан %n ақау тапты (`dalel verify` оларды атайды); қойма бүтін болғанша карантин сақталады, өйткені қалпына келтіруге ондағы файлдар керек болуы мүмкін. Ештеңе жойылған жоқ.</numerusform>
            <numerusform>Толық тексеру қоймадан %n ақау тапты (`dalel verify` оларды атайды); қойма бүтін болғанша карантин сақталады, өйткені қалпына келтіруге ондағы файлдар керек болуы мүмкін. Ештеңе жойылған жоқ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ingest/reconcile.py" line="266"/>
        <source>A download is running; empty the quarantine after it ends. Nothing was removed.</source>
        <translation>Түсіру жүріп жатыр; карантинді ол аяқталған соң тазартыңыз. Ештеңе жойылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/reconcile.py" line="274"/>
        <source>The quarantine holds a file the vault index names; run `dalel dock reconcile` and `dalel verify`. Nothing was removed.</source>
        <translation>Карантинде қойма индексі атайтын файл бар; `dalel dock reconcile` және `dalel verify` іске қосыңыз. Ештеңе жойылған жоқ.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../app/reports/history.py" line="24"/>
        <source>Recorded by the camera</source>
        <translation>Бейнетіркегіш жазды</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="25"/>
        <source>Downloaded into the vault</source>
        <translation>Қоймаға көшірілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="26"/>
        <location filename="../../app/reports/labels.py" line="20"/>
        <source>Viewed</source>
        <translation>Қаралды</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="27"/>
        <location filename="../../app/reports/labels.py" line="43"/>
        <source>Category changed</source>
        <translation>Санаты өзгертілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="28"/>
        <location filename="../../app/reports/labels.py" line="44"/>
        <source>Note added</source>
        <translation>Ескертпе қосылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="29"/>
        <location filename="../../app/reports/labels.py" line="29"/>
        <source>Copy released</source>
        <translation>Көшірме берілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="30"/>
        <location filename="../../app/reports/labels.py" line="21"/>
        <source>Copy written</source>
        <translation>Көшірме жазылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="33"/>
        <location filename="../../app/reports/labels.py" line="46"/>
        <source>Destroyed after its term</source>
        <translation>Мерзімі өткен соң жойылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="35"/>
        <location filename="../../app/reports/labels.py" line="56"/>
        <source>Other record</source>
        <translation>Басқа жазба</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="37"/>
        <source>ordinary (1 year)</source>
        <translation>қарапайым (1 жыл)</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="38"/>
        <source>offence (5 years)</source>
        <translation>құқық бұзушылық (5 жыл)</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="39"/>
        <source>inspection (5 years)</source>
        <translation>тексеру (5 жыл)</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="59"/>
        <source>journal № {n}</source>
        <translation>журнал № {n}</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="60"/>
        <source>audit log № {n}</source>
        <translation>аудит журналы № {n}</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="96"/>
        <source>to {who}: {purpose}</source>
        <translation>{who} алды: {purpose}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="12"/>
        <source>Vault created</source>
        <translation>Қойма құрылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="13"/>
        <source>Unlocked</source>
        <translation>Ашылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="14"/>
        <source>Wrong password</source>
        <translation>Құпиясөз қате</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="15"/>
        <source>Unlock refused (locked out)</source>
        <translation>Ашудан бас тартылды (бұғатталған)</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="16"/>
        <source>Locked out after wrong passwords</source>
        <translation>Қате құпиясөздерден кейін бұғатталды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="17"/>
        <source>Locked</source>
        <translation>Құлыпталды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="18"/>
        <source>Password changed</source>
        <translation>Құпиясөз өзгертілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="19"/>
        <source>Password reset</source>
        <translation>Құпиясөз қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="22"/>
        <source>Printed</source>
        <translation>Басып шығарылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="23"/>
        <source>Reprinted</source>
        <translation>Қайта басып шығарылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="24"/>
        <source>Card wiped</source>
        <translation>Карта тазартылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="25"/>
        <source>Setting changed</source>
        <translation>Баптау өзгертілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="26"/>
        <source>Vault checked</source>
        <translation>Қойма тексерілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="27"/>
        <source>The clock moved back</source>
        <translation>Сағат кері жылжыды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="28"/>
        <source>Register changed</source>
        <translation>Тізілім өзгертілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="30"/>
        <source>Footage downloaded</source>
        <translation>Жазбалар көшірілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="31"/>
        <source>Download stopped</source>
        <translation>Көшіру тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="32"/>
        <source>Camera clock set</source>
        <translation>Бейнетіркегіш сағаты орнатылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="33"/>
        <source>Card tied to a camera</source>
        <translation>Карта бейнетіркегішке байланыстырылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="34"/>
        <source>Issued with a low battery</source>
        <translation>Батареясы төмен күйде берілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="35"/>
        <source>Damaged key copy found</source>
        <translation>Кілттің зақымдалған көшірмесі табылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="36"/>
        <source>Key copy repaired</source>
        <translation>Кілт көшірмесі қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="37"/>
        <source>Key copy renewed</source>
        <translation>Кілт көшірмесі жаңартылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="38"/>
        <source>Lockout file damaged</source>
        <translation>Бұғаттау файлы зақымдалған</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="39"/>
        <source>Lockout file missing or rolled back</source>
        <translation>Бұғаттау файлы жоқ немесе ескі нұсқаға қайтарылған</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="40"/>
        <source>Lockout file not writable</source>
        <translation>Бұғаттау файлына жазу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="41"/>
        <source>Responsible officer designated</source>
        <translation>Жауапты тұлға тағайындалды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="42"/>
        <source>Vault identity sealed</source>
        <translation>Қойманың сәйкестендіргіші бекітілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="47"/>
        <source>The computer&apos;s clock jumped</source>
        <translation>Компьютер сағаты секірді</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="48"/>
        <source>Date confirmed after a clock jump</source>
        <translation>Сағат секіргеннен кейін күн расталды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="49"/>
        <source>The computer&apos;s clock checked</source>
        <translation>Компьютер сағаты тексерілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="50"/>
        <source>Backup started</source>
        <translation>Сақтық көшірме басталды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="51"/>
        <source>Backed up</source>
        <translation>Сақтық көшірме жасалды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="52"/>
        <source>Backup failed</source>
        <translation>Сақтық көшірме жасалмады</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="53"/>
        <source>Restored from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="54"/>
        <source>Quarantine emptied</source>
        <translation>Карантин тазартылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="59"/>
        <source>Hold set: not to be destroyed</source>
        <translation>Жоюға тыйым салынды</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="60"/>
        <source>Hold on destruction lifted</source>
        <translation>Жоюға тыйым алынды</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="68"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="69"/>
        <source>Personnel no.</source>
        <translation>Жеке нөмірі</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="70"/>
        <source>Days on duty</source>
        <translation>Кезекшілік күндері</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="71"/>
        <source>Recordings</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="72"/>
        <source>Hours recorded</source>
        <translation>Жазылған сағат</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="73"/>
        <source>Returned late</source>
        <translation>Кешіктіріп қайтарылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="74"/>
        <source>Downloaded late</source>
        <translation>Кешіктіріп көшірілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="75"/>
        <source>Unexplained gaps</source>
        <translation>Түсіндірілмеген үзілістер</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="76"/>
        <source>Gap minutes</source>
        <translation>Үзіліс минуттары</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="77"/>
        <source>Copies released</source>
        <translation>Берілген көшірмелер</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="83"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="86"/>
        <source>Body cameras: the month {month} by inspector</source>
        <translation>Бейнетіркегіштер: {month} айы инспекторлар бойынша</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="88"/>
        <source>Late return: not back by the end of the working day (R17). Late download: not downloaded within one working day (R8). Gaps: recording missing for over 5 minutes with no break or malfunction recorded (R13). Made {at}.</source>
        <translation>Кешіктіріп қайтару: жұмыс күнінің соңына дейін қайтарылмаған (R17). Кешіктіріп көшіру: бір жұмыс күні ішінде көшірілмеген (R8). Үзілістер: үзіліс немесе ақау тіркелмей 5 минуттан артық жазба жоқ (R13). Жасалған уақыты: {at}.</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="23"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="24"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="25"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="26"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="100"/>
        <source>Recorded in</source>
        <translation>Қайда тіркелген</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="104"/>
        <source>Chain of custody of recording № {id}</source>
        <translation>№ {id} жазбаның сақтау тізбегі</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="107"/>
        <source>{file}, camera {camera}, inspector {inspector}, category: {category}. SHA-256 {sha}.</source>
        <translation>{file}, бейнетіркегіш {camera}, инспектор {inspector}, санаты: {category}. SHA-256 {sha}.</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="119"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="126"/>
        <source>Audit log {period}</source>
        <translation>Аудит журналы {period}</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="42"/>
        <source>recording</source>
        <translation>жазба</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="43"/>
        <location filename="../../app/reports/audit_words.py" line="129"/>
        <source>recordings</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="44"/>
        <source>journal entry</source>
        <translation>журнал жазбасы</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="45"/>
        <location filename="../../app/reports/audit_words.py" line="47"/>
        <source>camera</source>
        <translation>бейнетіркегіш</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="46"/>
        <location filename="../../app/reports/audit_words.py" line="48"/>
        <source>memory card</source>
        <translation>жад картасы</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="49"/>
        <source>responsible officer</source>
        <translation>жауапты тұлға</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="50"/>
        <source>head</source>
        <translation>басшы</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="51"/>
        <source>recipient</source>
        <translation>алушы</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="52"/>
        <source>inspector</source>
        <translation>инспектор</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="53"/>
        <source>before</source>
        <translation>бұрын</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="54"/>
        <source>password holders</source>
        <translation>құпиясөз иелері</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="55"/>
        <location filename="../../app/reports/audit_words.py" line="56"/>
        <source>whose</source>
        <translation>кімдікі</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="57"/>
        <source>copy</source>
        <translation>көшірме</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="58"/>
        <source>reason</source>
        <translation>себебі</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="59"/>
        <location filename="../../app/reports/audit_words.py" line="170"/>
        <source>text</source>
        <translation>мәтіні</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="60"/>
        <source>at the moment</source>
        <translation>сәті</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="61"/>
        <source>mark</source>
        <translation>белгі</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="62"/>
        <location filename="../../app/reports/audit_words.py" line="156"/>
        <source>category</source>
        <translation>санаты</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="63"/>
        <location filename="../../app/reports/audit_words.py" line="64"/>
        <source>what</source>
        <translation>не</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="65"/>
        <source>format</source>
        <translation>пішімі</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="66"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="67"/>
        <location filename="../../app/reports/audit_words.py" line="69"/>
        <source>folder</source>
        <translation>қалта</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="68"/>
        <location filename="../../app/reports/audit_words.py" line="78"/>
        <source>from</source>
        <translation>бастап</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="70"/>
        <location filename="../../app/reports/audit_words.py" line="73"/>
        <source>volume</source>
        <translation>том</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="71"/>
        <source>rows</source>
        <translation>жолдар</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="72"/>
        <source>month</source>
        <translation>ай</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="74"/>
        <source>page</source>
        <translation>бет</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="75"/>
        <source>pages</source>
        <translation>беттер</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="76"/>
        <source>count</source>
        <translation>саны</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="77"/>
        <source>with covers</source>
        <translation>мұқабасымен</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="79"/>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="80"/>
        <location filename="../../app/reports/audit_words.py" line="81"/>
        <source>journal entries</source>
        <translation>журнал жазбалары</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="82"/>
        <source>audit log records</source>
        <translation>аудит журналының жазбалары</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="83"/>
        <location filename="../../app/reports/audit_words.py" line="85"/>
        <source>files</source>
        <translation>файлдар</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="84"/>
        <source>size</source>
        <translation>көлемі</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="86"/>
        <source>copied</source>
        <translation>көшірілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="87"/>
        <source>already there</source>
        <translation>бұрыннан бар</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="88"/>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="89"/>
        <source>stored</source>
        <translation>сақталды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="90"/>
        <source>already in the vault</source>
        <translation>қоймада бұрыннан бар</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="91"/>
        <source>failed</source>
        <translation>сәтсіз</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="92"/>
        <source>incomplete</source>
        <translation>толық емес</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="93"/>
        <source>stage</source>
        <translation>кезеңі</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="94"/>
        <source>left on the card</source>
        <translation>картада қалды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="95"/>
        <location filename="../../app/reports/audit_words.py" line="96"/>
        <source>not wiped</source>
        <translation>тазартылмады</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="97"/>
        <source>finished at the next docking</source>
        <translation>келесі қондыруда аяқталды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="98"/>
        <source>intact</source>
        <translation>бүтін</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="99"/>
        <source>problems</source>
        <translation>ақаулар</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="100"/>
        <source>full check</source>
        <translation>толық тексеру</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="101"/>
        <source>complete</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="102"/>
        <location filename="../../app/reports/audit_words.py" line="159"/>
        <source>started</source>
        <translation>басталды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="103"/>
        <source>backup of</source>
        <translation>сақтық көшірме уақыты</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="104"/>
        <source>set to</source>
        <translation>орнатылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="105"/>
        <source>how</source>
        <translation>тәсілі</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="106"/>
        <source>when</source>
        <translation>қашан</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="107"/>
        <source>it was off by, s</source>
        <translation>ауытқуы, с</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="108"/>
        <source>now</source>
        <translation>қазір</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="109"/>
        <source>charge, %</source>
        <translation>заряды, %</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="110"/>
        <source>minimum, %</source>
        <translation>ең төменгісі, %</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="111"/>
        <source>low battery</source>
        <translation>батарея заряды төмен</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="112"/>
        <source>past its service life</source>
        <translation>қызмет мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="113"/>
        <source>ended</source>
        <translation>аяқталған күні</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="114"/>
        <source>purpose</source>
        <translation>мақсаты</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="115"/>
        <source>permission</source>
        <translation>рұқсат</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="116"/>
        <source>release</source>
        <translation>беру</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="117"/>
        <source>signing key</source>
        <translation>қол қою кілті</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="118"/>
        <source>wrong passwords in a row</source>
        <translation>қатарынан қате құпиясөздер</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="119"/>
        <source>locked out</source>
        <translation>бұғатталды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="120"/>
        <source>found</source>
        <translation>табылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="121"/>
        <source>expected</source>
        <translation>күтілген</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="123"/>
        <location filename="../../app/reports/audit_words.py" line="169"/>
        <source>seal</source>
        <translation>пломба</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="124"/>
        <location filename="../../app/reports/audit_words.py" line="125"/>
        <location filename="../../app/reports/audit_words.py" line="140"/>
        <source>remark</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="126"/>
        <source>corrected</source>
        <translation>түзетілгені</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="127"/>
        <source>replaces the issue of entry</source>
        <translation>мына жазбадағы беруді алмастырады</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="130"/>
        <source>camera clock read</source>
        <translation>бейнетіркегіш сағаты оқылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="131"/>
        <source>camera clock off by, s</source>
        <translation>бейнетіркегіш сағатының ауытқуы, с</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="132"/>
        <source>return struck out</source>
        <translation>тапсыру сызылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="133"/>
        <source>return restored</source>
        <translation>тапсыру қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="137"/>
        <source>issue</source>
        <translation>беру</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="138"/>
        <source>return</source>
        <translation>тапсыру</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="139"/>
        <source>download</source>
        <translation>көшіру</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="141"/>
        <source>correction</source>
        <translation>түзету</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="142"/>
        <source>card wiped</source>
        <translation>карта тазартылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="143"/>
        <source>download stopped</source>
        <translation>көшіру тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="144"/>
        <source>camera clock set</source>
        <translation>бейнетіркегіш сағаты орнатылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="145"/>
        <source>card tied to a camera</source>
        <translation>карта бейнетіркегішке байланыстырылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="146"/>
        <source>recordings sealed</source>
        <translation>жазбалар бекітілді</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="147"/>
        <source>meal break: recording paused</source>
        <translation>түскі ас үзілісі: жазба тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="148"/>
        <source>meal break over: recording again</source>
        <translation>түскі ас үзілісі аяқталды: жазба жалғасты</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="149"/>
        <source>malfunction</source>
        <translation>ақау</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="150"/>
        <source>note</source>
        <translation>жазбаша ескертпе</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="151"/>
        <source>the responsible officer</source>
        <translation>жауапты тұлға</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="152"/>
        <source>the head</source>
        <translation>басшы</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="157"/>
        <source>the head&apos;s password</source>
        <translation>басшының құпиясөзі</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="158"/>
        <source>the head&apos;s own session</source>
        <translation>басшының өз сеансы</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="160"/>
        <source>done</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="161"/>
        <source>partly done</source>
        <translation>ішінара орындалды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="162"/>
        <source>the journal</source>
        <translation>журнал</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="163"/>
        <source>a printed journal page</source>
        <translation>журналдың басылған беті</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="164"/>
        <source>the month by inspector</source>
        <translation>инспекторлар бойынша ай</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="165"/>
        <source>the audit log of the month</source>
        <translation>айдың аудит журналы</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="166"/>
        <source>a recording&apos;s chain of custody</source>
        <translation>жазбаның сақтау тізбегі</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="171"/>
        <source>from the camera</source>
        <translation>бейнетіркегіштің өзінен</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="172"/>
        <source>by the newest file</source>
        <translation>ең соңғы файл бойынша</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="173"/>
        <source>not read</source>
        <translation>оқылмады</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="174"/>
        <source>a time file on the card</source>
        <translation>картадағы уақыт файлы</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="175"/>
        <source>a command over USB</source>
        <translation>USB арқылы команда</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="176"/>
        <source>at issue</source>
        <translation>беру кезінде</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="177"/>
        <source>at docking</source>
        <translation>қондыру кезінде</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="178"/>
        <source>cancelled</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="179"/>
        <source>the camera or card was removed</source>
        <translation>бейнетіркегіш не карта алынып тасталды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="180"/>
        <source>the vault disk refused</source>
        <translation>қойма дискі қабылдамады</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="128"/>
        <source>faulty</source>
        <translation>ақаулы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/reports/audit_words.py" line="233"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="235"/>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="296"/>
        <source>registered</source>
        <translation>тіркелді</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="297"/>
        <source>registered as {number}</source>
        <translation>{number} ретінде тіркелді</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="299"/>
        <source>state: {old} → {new}</source>
        <translation>күйі: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="301"/>
        <source>in camera: {old} → {new}</source>
        <translation>бейнетіркегіште: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="303"/>
        <source>slot seal: {old} → {new}</source>
        <translation>ұяшық пломбасы: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="305"/>
        <source>the factory password was changed</source>
        <translation>зауыттық құпиясөз ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="307"/>
        <source>works here again</source>
        <translation>қайта жұмыс істейді</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="309"/>
        <source>no longer works here</source>
        <translation>енді жұмыс істемейді</translation>
    </message>
</context>
</TS>
