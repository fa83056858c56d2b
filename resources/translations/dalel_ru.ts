<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Agency</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="25"/>
        <source>Fire safety control</source>
        <translation>Контроль в области пожарной безопасности</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="26"/>
        <source>Veterinary-sanitary control</source>
        <translation>Ветеринарно-санитарный контроль</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="27"/>
        <source>State revenue</source>
        <translation>Государственные доходы</translation>
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
        <translation>Резервное копирование хранилища</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="54"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="58"/>
        <source>&amp;Back up</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="61"/>
        <source>The vault is copied encrypted, as it is stored: the footage, the index and the key slots. Only the officer&apos;s or the head&apos;s password opens the copy. Keep the drive away from this PC. A second backup to the same drive copies only what is new.</source>
        <translation>Хранилище копируется в зашифрованном виде, как оно хранится: видеозаписи, индекс и ключевые слоты. Копию открывает только пароль ответственного лица или руководителя. Храните диск отдельно от этого компьютера. Повторное копирование на тот же диск переносит только новое.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="64"/>
        <source>Back up into:</source>
        <translation>Куда копировать:</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="68"/>
        <source>Where to put the backup</source>
        <translation>Куда поместить резервную копию</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="87"/>
        <source>Copying…</source>
        <translation>Копирование…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="102"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/backup_dialog.py" line="103"/>
        <source>Backed up to {folder}: %n new file(s) copied ({mb} MB), already there: {skipped}.</source>
        <translation>
            <numerusform>Резервная копия записана в {folder}: скопирован %n новый файл ({mb} МБ), уже было: {skipped}.</numerusform>
            <numerusform>Резервная копия записана в {folder}: скопировано %n новых файла ({mb} МБ), уже было: {skipped}.</numerusform>
            <numerusform>Резервная копия записана в {folder}: скопировано %n новых файлов ({mb} МБ), уже было: {skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/backup_dialog.py" line="111"/>
        <source>%n footage file(s) named by the index are not in the vault folder; run a vault check.</source>
        <translation>
            <numerusform>%n файл видеозаписи, указанный в индексе, отсутствует в папке хранилища; проверьте хранилище.</numerusform>
            <numerusform>%n файла видеозаписей, указанные в индексе, отсутствуют в папке хранилища; проверьте хранилище.</numerusform>
            <numerusform>%n файлов видеозаписей, указанных в индексе, отсутствуют в папке хранилища; проверьте хранилище.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="108"/>
        <source>This folder is on the same disk as the vault: it will not survive that disk&apos;s loss. Use an external drive.</source>
        <translation>Эта папка находится на том же диске, что и хранилище: при потере диска копия тоже пропадёт. Используйте внешний диск.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/backup_dialog.py" line="114"/>
        <source>The drive held %n damaged footage file(s) (not as they were written); each was copied again and checked.</source>
        <translation>
            <numerusform>На диске был %n повреждённый файл видеозаписей (не такой, как был записан); он скопирован заново и проверен.</numerusform>
            <numerusform>На диске было %n повреждённых файла видеозаписей (не такие, как были записаны); каждый скопирован заново и проверен.</numerusform>
            <numerusform>На диске было %n повреждённых файлов видеозаписей (не такие, как были записаны); каждый скопирован заново и проверен.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="123"/>
        <source>Stopped. What was copied stays on the drive; the next backup there copies the rest.</source>
        <translation>Остановлено. Скопированное остаётся на диске; следующее копирование туда перенесёт остальное.</translation>
    </message>
</context>
<context>
    <name>BlankBookDialog</name>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="434"/>
        <source>Blank book</source>
        <translation>Пустая книга</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="438"/>
        <source>Covers, then the numbered pages; the last one is the closing page with the count already written (R7).</source>
        <translation>Сначала обложки, затем пронумерованные страницы; последняя — заключительная страница с уже вписанным числом страниц (R7).</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="444"/>
        <source>Numbered &amp;pages:</source>
        <translation>Пронумерованных &amp;страниц:</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="18"/>
        <source>Change my password</source>
        <translation>Сменить мой пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="23"/>
        <source>Only you know your password; nobody can recover it. The officer and the head each keep their own.</source>
        <translation>Ваш пароль знаете только вы; восстановить его никто не сможет. У ответственного лица и руководителя — у каждого свой пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="25"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="26"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="27"/>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;Повторите новый:</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="33"/>
        <source>The two new passwords differ. Type them again.</source>
        <translation>Два новых пароля не совпадают. Введите их ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="37"/>
        <source>Changing the password…</source>
        <translation>Пароль меняется…</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="40"/>
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="41"/>
        <source>Your password is changed. Use the new one from the next unlock.</source>
        <translation>Ваш пароль изменён. При следующем входе используйте новый.</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="46"/>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <location filename="../../app/ui/checklist.py" line="14"/>
        <source>The camera &amp;works (R11)</source>
        <translation>Видеорегистратор &amp;работает (R11)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist.py" line="15"/>
        <source>&amp;Battery charged (R11)</source>
        <translation>&amp;Батарея заряжена (R11)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist.py" line="16"/>
        <source>&amp;Date and time on the camera are right (R11)</source>
        <translation>&amp;Дата и время на видеорегистраторе верны (R11)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist.py" line="17"/>
        <source>Photo/video &amp;quality settings checked (R11)</source>
        <translation>Настройки &amp;качества фото/видео проверены (R11)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist.py" line="18"/>
        <source>The inspector wears the &amp;badge (R12)</source>
        <translation>На инспекторе есть &amp;нагрудный знак (R12)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist.py" line="27"/>
        <source>Battery charge:</source>
        <translation>Заряд батареи:</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../../app/ui/common.py" line="90"/>
        <source>You are signed in as the head: issue, return, remarks and corrections are written by the responsible officer only (R1, R5). Review, release, the journal and the registers stay open to you.</source>
        <translation>Вы вошли как руководитель: выдачу, приём, примечания и исправления записывает только ответственное лицо (R1, R5). Просмотр, выдача копий, журнал и реестры вам доступны.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../app/ui/journal_view.py" line="93"/>
        <source>Correct entry № {n}</source>
        <translation>Исправить запись № {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="103"/>
        <source>The return was recorded by mistake: strike it</source>
        <translation>Сдача записана ошибочно: зачеркнуть её</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="106"/>
        <source>why the entry was wrong (required, R7)</source>
        <translation>почему запись неверна (обязательно, R7)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="110"/>
        <source>The wrong entry stays in the journal, struck through; the right one is added with &quot;Түзетілді&quot;, the time and your name. Times cannot be corrected (R3).</source>
        <translation>Неверная запись остаётся в журнале зачёркнутой; верная добавляется с пометкой «Түзетілді», временем и вашим именем. Время исправить нельзя (R3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="113"/>
        <source>Inspector:</source>
        <translation>Инспектор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="114"/>
        <source>Camera:</source>
        <translation>Видеорегистратор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="115"/>
        <source>Memory card:</source>
        <translation>Карта памяти:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="116"/>
        <source>Seal:</source>
        <translation>Пломба:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="118"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="115"/>
        <source>Create the vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="117"/>
        <source>The responsible officer</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="118"/>
        <source>The officer designated by the head keeps the cameras and the journal and sets their own password (R1, R2).</source>
        <translation>Ответственное лицо, назначенное руководителем, хранит видеорегистраторы и журнал и само задаёт свой пароль (R1, R2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="120"/>
        <source>The head of the office</source>
        <translation>Руководитель территориального органа</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="121"/>
        <source>The head types their own password; it also authorises releasing copies (R10).</source>
        <translation>Руководитель вводит свой пароль; он же нужен для разрешения выдачи копий (R10).</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="135"/>
        <source>Creating the vault; this takes a few seconds…</source>
        <translation>Создаётся хранилище; это займёт несколько секунд…</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <location filename="../../app/ui/retention_view.py" line="53"/>
        <source>Destroy footage past its term</source>
        <translation>Уничтожение записей с истёкшим сроком хранения</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="56"/>
        <source>&amp;Destroy</source>
        <translation>&amp;Уничтожить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/retention_view.py" line="59"/>
        <source>%n recording(s), {mb} MB, are past their retention term (R9) and not on hold. Their files will be deleted for ever. Each recording&apos;s record stays: what it was (SHA-256, size, times, category), when it was destroyed and on whose approval, in the chained audit log.</source>
        <translation>
            <numerusform>У %n записи ({mb} МБ) истёк срок хранения (R9), запрета на уничтожение нет. Файлы будут удалены безвозвратно. Учёт каждой записи сохранится в сцепленном журнале аудита: что это было (SHA-256, размер, время, категория), когда и с чьего разрешения она уничтожена.</numerusform>
            <numerusform>У %n записей ({mb} МБ) истёк срок хранения (R9), запрета на уничтожение нет. Файлы будут удалены безвозвратно. Учёт каждой записи сохранится в сцепленном журнале аудита: что это было (SHA-256, размер, время, категория), когда и с чьего разрешения она уничтожена.</numerusform>
            <numerusform>У %n записей ({mb} МБ) истёк срок хранения (R9), запрета на уничтожение нет. Файлы будут удалены безвозвратно. Учёт каждой записи сохранится в сцепленном журнале аудита: что это было (SHA-256, размер, время, категория), когда и с чьего разрешения она уничтожена.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="64"/>
        <source>Head&apos;s &amp;password:</source>
        <translation>&amp;Пароль руководителя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="72"/>
        <source>Destroying…</source>
        <translation>Уничтожение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="77"/>
        <source>Footage destroyed</source>
        <translation>Записи уничтожены</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/retention_view.py" line="78"/>
        <source>%n recording(s) destroyed, files deleted: {files}. Their records are kept in the audit log.</source>
        <translation>
            <numerusform>Уничтожена %n запись, удалено файлов: {files}. Учёт сохранён в журнале аудита.</numerusform>
            <numerusform>Уничтожены %n записи, удалено файлов: {files}. Учёт сохранён в журнале аудита.</numerusform>
            <numerusform>Уничтожено %n записей, удалено файлов: {files}. Учёт сохранён в журнале аудита.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockBridge</name>
    <message>
        <location filename="../../app/ui/docked.py" line="199"/>
        <source>The responsible officer downloads it (R1).</source>
        <translation>Выгружает ответственное лицо (R1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/docked.py" line="201"/>
        <source>Docked: {name}. The responsible officer downloads it (R1).</source>
        <translation>В док-станции: {name}. Выгрузку выполняет ответственное лицо (R1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/docked.py" line="333"/>
        <source>The card holds no files: nothing to wipe.</source>
        <translation>На карте нет файлов: очищать нечего.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/docked.py" line="354"/>
        <source>{camera}: %n recording(s) stored, already in the vault: {dup}</source>
        <translation>
            <numerusform>{camera}: сохранена %n запись, уже было в хранилище: {dup}</numerusform>
            <numerusform>{camera}: сохранены %n записи, уже было в хранилище: {dup}</numerusform>
            <numerusform>{camera}: сохранено %n записей, уже было в хранилище: {dup}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/docked.py" line="360"/>
        <source>%n file(s) wiped from the card</source>
        <translation>
            <numerusform>с карты удалён %n файл</numerusform>
            <numerusform>с карты удалено %n файла</numerusform>
            <numerusform>с карты удалено %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/docked.py" line="404"/>
        <source>{camera}: %n file(s) wiped from the card</source>
        <translation>
            <numerusform>{camera}: с карты удалён %n файл</numerusform>
            <numerusform>{camera}: с карты удалено %n файла</numerusform>
            <numerusform>{camera}: с карты удалено %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/docked.py" line="418"/>
        <source>Taken out while it was being read. Nothing half-copied is kept and nothing was deleted; dock it again to continue.</source>
        <translation>Извлечено во время чтения. Ничего недокопированного не сохранено, ничего не удалено; чтобы продолжить, установите снова.</translation>
    </message>
</context>
<context>
    <name>DockPanel</name>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="122"/>
        <source>Docked</source>
        <translation>В док-станции</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="122"/>
        <source>Who has it</source>
        <translation>У кого</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="122"/>
        <source>Clock / battery</source>
        <translation>Часы / батарея</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="123"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="123"/>
        <source>Progress</source>
        <translation>Ход</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="123"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="138"/>
        <source>No camera or card is docked. Dock one: it appears here and its footage is copied, verified, then the card can be wiped.</source>
        <translation>Нет видеорегистратора или карты в док-станции. Установите: он появится здесь, записи будут скопированы и проверены, затем карту можно очистить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="202"/>
        <source>Reading the camera…</source>
        <translation>Чтение видеорегистратора…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="203"/>
        <source>Not identified: say which camera or card it is</source>
        <translation>Не опознан: укажите, какой это видеорегистратор или карта</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="204"/>
        <source>Camera not in the register (R4)</source>
        <translation>Видеорегистратора нет в реестре (R4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="205"/>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="206"/>
        <source>In the queue: other cameras are downloading</source>
        <translation>В очереди: выгружаются другие видеорегистраторы</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="207"/>
        <source>Downloading</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="208"/>
        <source>Verifying the copies in the vault</source>
        <translation>Проверка копий в хранилище</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="209"/>
        <source>Stored and verified: the card can be wiped</source>
        <translation>Сохранено и проверено: карту можно очистить</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="210"/>
        <source>Not complete: the card cannot be wiped</source>
        <translation>Не полностью: карту очистить нельзя</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="211"/>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="212"/>
        <source>Wiping the card</source>
        <translation>Очистка карты</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="213"/>
        <source>Done: the card is wiped</source>
        <translation>Готово: карта очищена</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="214"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="215"/>
        <source>Taken out</source>
        <translation>Извлечено</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="216"/>
        <source>No recordings on it: not a camera&apos;s card, nothing to do</source>
        <translation>Записей нет: это не карта видеорегистратора, делать ничего не нужно</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="219"/>
        <source>Stored and verified</source>
        <translation>Сохранено и проверено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dock_panel.py" line="221"/>
        <source>Done: %n file(s) wiped from the card</source>
        <translation>
            <numerusform>Готово: с карты удалён %n файл</numerusform>
            <numerusform>Готово: с карты удалено %n файла</numerusform>
            <numerusform>Готово: с карты удалено %n файлов</numerusform>
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
        <translation>{name} (сдал)</translation>
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
        <translation>{done} из {total} МБ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="233"/>
        <source>, {left} left</source>
        <translation>, осталось {left}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="310"/>
        <source>Which camera…</source>
        <translation>Какой видеорегистратор…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="311"/>
        <source>Tie this volume to a registered camera or card (R4)</source>
        <translation>Привязать этот том к зарегистрированному видеорегистратору или карте (R4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="313"/>
        <source>Register…</source>
        <translation>Зарегистрировать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="314"/>
        <source>Register this camera with its inventory number (R4)</source>
        <translation>Зарегистрировать этот видеорегистратор с инвентарным номером (R4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="317"/>
        <source>Download</source>
        <translation>Выгрузить</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="318"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="320"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="322"/>
        <source>Stop this camera&apos;s download; what is already verified is kept and reused next time</source>
        <translation>Остановить выгрузку с этого видеорегистратора; уже проверенное сохраняется и используется в следующий раз</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dock_panel.py" line="326"/>
        <source>Wipe card (%n file(s))</source>
        <translation>
            <numerusform>Очистить карту (%n файл)</numerusform>
            <numerusform>Очистить карту (%n файла)</numerusform>
            <numerusform>Очистить карту (%n файлов)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="327"/>
        <source>Every file on the card is stored and verified in the vault; wiping deletes them from the card (R1, R14)</source>
        <translation>Каждый файл с карты сохранён и проверен в хранилище; очистка удалит их с карты (R1, R14)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="329"/>
        <source>Not every file on the card is in the vault; nothing can be wiped (R14)</source>
        <translation>Не все файлы с карты есть в хранилище; ничего очистить нельзя (R14)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="332"/>
        <source>Clear</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="393"/>
        <source>Wipe the card</source>
        <translation>Очистить карту</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dock_panel.py" line="394"/>
        <source>Delete %n file(s) from the card of {camera}? Each one is checked again against its verified copy in the vault first; the journal records the wipe.</source>
        <translation>
            <numerusform>Удалить %n файл с карты {camera}? Сначала каждый ещё раз сверяется с проверенной копией в хранилище; очистка записывается в журнал.</numerusform>
            <numerusform>Удалить %n файла с карты {camera}? Сначала каждый ещё раз сверяется с проверенной копией в хранилище; очистка записывается в журнал.</numerusform>
            <numerusform>Удалить %n файлов с карты {camera}? Сначала каждый ещё раз сверяется с проверенной копией в хранилище; очистка записывается в журнал.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="28"/>
        <source>The computer refused a file operation: {reason}.</source>
        <translation>Компьютер отказал в операции с файлом: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="31"/>
        <source>Something went wrong that the program did not expect. Nothing was lost: every record is written whole or not at all. The details are in the log file; please show it to your IT support.</source>
        <translation>Произошла ошибка, которую программа не ожидала. Ничего не потеряно: каждая запись сохраняется целиком или не сохраняется вовсе. Подробности — в файле журнала; покажите его службе IT-поддержки.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="42"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="44"/>
        <source>Cannot do that</source>
        <translation>Это сделать нельзя</translation>
    </message>
</context>
<context>
    <name>FootagePlayer</name>
    <message>
        <location filename="../../app/ui/player.py" line="58"/>
        <location filename="../../app/ui/player.py" line="149"/>
        <source>&amp;Play</source>
        <translation>&amp;Воспроизвести</translation>
    </message>
    <message>
        <location filename="../../app/ui/player.py" line="64"/>
        <source>&amp;Bookmark here</source>
        <translation>&amp;Закладка здесь</translation>
    </message>
    <message>
        <location filename="../../app/ui/player.py" line="65"/>
        <source>Keep a note at this moment of the recording</source>
        <translation>Оставить заметку на этом моменте записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/player.py" line="149"/>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <location filename="../../app/ui/player.py" line="152"/>
        <source>This recording cannot be played here: its format is not one the program can show. The file in the vault is not affected; release a copy to view it with the camera maker&apos;s software.</source>
        <translation>Эту запись здесь воспроизвести нельзя: программа не умеет показывать её формат. Файл в хранилище не затронут; чтобы посмотреть её программой производителя видеорегистратора, выдайте копию.</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <location filename="../../app/ui/issue.py" line="64"/>
        <source>scan or type, e.g. BK-001</source>
        <translation>отсканируйте или введите, например BK-001</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="73"/>
        <source>Issue it with the low battery anyway (written in the journal)</source>
        <translation>Выдать, несмотря на слабую батарею (записывается в журнал)</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="83"/>
        <source>I have changed this camera&apos;s factory password (written in the journal)</source>
        <translation>Я сменил заводской пароль этого видеорегистратора (записывается в журнал)</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="87"/>
        <source>why it still goes out (written in the journal)</source>
        <translation>почему он всё же выдаётся (записывается в журнал)</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="88"/>
        <source>&amp;Issue (Ctrl+Enter)</source>
        <translation>&amp;Выдать (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="94"/>
        <source>I&amp;nspector:</source>
        <translation>И&amp;нспектор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="95"/>
        <source>&amp;Camera inventory no.:</source>
        <translation>&amp;Инвентарный номер видеорегистратора:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="96"/>
        <source>Memory ca&amp;rd inventory no.:</source>
        <translation>Инвентарный номер &amp;карты памяти:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="97"/>
        <source>&amp;Seal on the card slot (R6):</source>
        <translation>&amp;Пломба на слоте карты (R6):</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="103"/>
        <source>Reason (service life ended):</source>
        <translation>Причина (срок службы истёк):</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="107"/>
        <source>Issue a camera</source>
        <translation>Выдача видеорегистратора</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="111"/>
        <source>scan or type the camera&apos;s number, Enter</source>
        <translation>отсканируйте или введите номер видеорегистратора, Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="113"/>
        <source>&amp;Take back</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="118"/>
        <source>Ca&amp;mera returned:</source>
        <translation>Сданный видео&amp;регистратор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="121"/>
        <source>Return a camera</source>
        <translation>Приём видеорегистратора</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="198"/>
        <source>The docked camera reports its battery at {percent} %; its clock is set when it is issued.</source>
        <translation>Видеорегистратор в док-станции сообщает заряд батареи {percent} %; его часы устанавливаются при выдаче.</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="219"/>
        <source>This camera&apos;s service life (7 years) ended on {date}. Issue another camera, or write why this one still goes out.</source>
        <translation>Срок службы этого видеорегистратора (7 лет) истёк {date}. Выдайте другой видеорегистратор или укажите, почему выдаётся этот.</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="225"/>
        <source>Register an inspector first (Registers).</source>
        <translation>Сначала зарегистрируйте инспектора (Реестры).</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="231"/>
        <source>Low battery</source>
        <translation>Батарея разряжена</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="232"/>
        <source>Issue the camera with its battery at {percent} %, below the minimum of {minimum} %? The journal records that you decided so.</source>
        <translation>Выдать видеорегистратор с зарядом батареи {percent} %, ниже минимума {minimum} %? Журнал зафиксирует, что это ваше решение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="248"/>
        <source>Issued {camera} to {name} at {time}. Journal row № {seq} — the inspector signs the paper journal (R5).</source>
        <translation>{camera} выдан в {time} инспектору: {name}. Строка журнала № {seq} — инспектор расписывается в бумажном журнале (R5).</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="252"/>
        <source>Issued with the battery at {percent} %, as you decided.</source>
        <translation>Выдан с зарядом батареи {percent} % по вашему решению.</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="291"/>
        <source>{camera} is back from {name} at {time} (journal row № {row}). Download its footage within one working day (R8).</source>
        <translation>{camera} принят от {name} в {time} (строка журнала № {row}). Загрузите записи в течение одного рабочего дня (R8).</translation>
    </message>
    <message>
        <location filename="../../app/ui/issue.py" line="278"/>
        <source>The camera&apos;s clock could not be set: {reason} Set it on the camera (R1).</source>
        <translation>Не удалось установить часы видеорегистратора: {reason} Установите их на самом видеорегистраторе (R1).</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../app/ui/journal_view.py" line="34"/>
        <source>№</source>
        <translation>№ п/п</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="34"/>
        <source>Inventory no. of the camera (memory card)</source>
        <translation>Инвентарный номер видеорегистратора (карты памяти)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="35"/>
        <source>Inspector</source>
        <translation>Имя, отчество (при наличии), фамилия инспектора</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="35"/>
        <source>Received: date and time, signature</source>
        <translation>Дата и время получения, подпись</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="36"/>
        <source>Handed in: date and time, signature</source>
        <translation>Дата и время сдачи, подпись</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="37"/>
        <source>Footage downloaded: date and time</source>
        <translation>Дата и время выгрузки информации</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="38"/>
        <source>Responsible officer, signature</source>
        <translation>Имя, отчество, фамилия и подпись ответственного лица</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="38"/>
        <source>Remarks</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../app/ui/journal_view.py" line="175"/>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="183"/>
        <source>&amp;Correct the entry…</source>
        <translation>&amp;Исправить запись…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="189"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="191"/>
        <source>Inspector:</source>
        <translation>Инспектор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="193"/>
        <source>Camera:</source>
        <translation>Видеорегистратор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal_view.py" line="227"/>
        <location filename="../../app/ui/journal_view.py" line="231"/>
        <source>all</source>
        <translation>все</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <location filename="../../app/ui/main_window.py" line="113"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="77"/>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>Vault</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81"/>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>Change my &amp;password…</source>
        <translation>Сменить мой &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>Check the whole &amp;vault</source>
        <translation>Проверить всё &amp;хранилище</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>Decrypt and rehash every recording and check both chains, in the background at low priority; Today shows the progress and the result.</source>
        <translation>Расшифровать каждую запись, заново вычислить её хеш и проверить обе цепочки — в фоне, с низким приоритетом; ход и результат видны на странице «Сегодня».</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95"/>
        <location filename="../../app/ui/main_window.py" line="119"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>Copy the vault, encrypted, to an external drive</source>
        <translation>Скопировать хранилище в зашифрованном виде на внешний диск</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="124"/>
        <source>Dalel</source>
        <translation>Dalel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>head of the office</source>
        <translation>руководитель территориального органа</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>responsible officer</source>
        <translation>ответственное лицо</translation>
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
        <translation>Поставить видеорегистратор в демо-док-станцию</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203"/>
        <source>Every camera is out or docked</source>
        <translation>Все видеорегистраторы выданы или в док-станции</translation>
    </message>
</context>
<context>
    <name>MalfunctionDialog</name>
    <message>
        <location filename="../../app/ui/remarks.py" line="25"/>
        <source>Malfunction of {camera}</source>
        <translation>Неисправность {camera}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="27"/>
        <source>what failed, e.g. the battery does not charge</source>
        <translation>что неисправно, например батарея не заряжается</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="28"/>
        <source>Issue a replacement camera now (R16)</source>
        <translation>Выдать замену сейчас (R16)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="34"/>
        <source>Replacement camera no.:</source>
        <translation>Номер видеорегистратора на замену:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="35"/>
        <source>Its memory card no.:</source>
        <translation>Номер его карты памяти:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="36"/>
        <source>Seal on the card slot (R6):</source>
        <translation>Пломба на слоте карты (R6):</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="38"/>
        <source>Replacement for {name}</source>
        <translation>Замена; инспектор: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="45"/>
        <source>The inspector {name} reports that {camera} failed. The time of the report is recorded now.</source>
        <translation>Инспектор {name} сообщает о неисправности {camera}. Время сообщения записывается сейчас.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="47"/>
        <source>&amp;Cause:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="63"/>
        <source>The malfunction is recorded in Remarks.</source>
        <translation>Неисправность записана в Примечание.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="43"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="44"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="45"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="46"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="47"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="48"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="81"/>
        <source>The office</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="82"/>
        <source>Which agency this workstation serves and where the encrypted vault is kept.</source>
        <translation>Какому органу служит это рабочее место и где хранится зашифрованное хранилище.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="89"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="91"/>
        <source>Agency:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="92"/>
        <source>Territorial unit:</source>
        <translation>Территориальное подразделение:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="93"/>
        <source>Vault folder:</source>
        <translation>Папка хранилища:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="102"/>
        <source>Folder for the vault</source>
        <translation>Папка для хранилища</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="86"/>
        <source>&amp;Print the new pages…</source>
        <translation>&amp;Напечатать новые страницы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="88"/>
        <source>Sheet for &amp;signatures…</source>
        <translation>Лист для &amp;подписей…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="90"/>
        <source>The rows issued so far as the next numbered page of the book: the inspectors sign column 4 when they take the camera (R5); columns 5–8 are written in ink later.</source>
        <translation>Строки, выданные к этому времени, печатаются следующей пронумерованной страницей книги: инспекторы расписываются в графе 4 при получении видеорегистратора (R5); графы 5–8 заполняются позднее ручкой.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="93"/>
        <source>&amp;Reprint pages…</source>
        <translation>&amp;Повторно напечатать страницы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="95"/>
        <source>Check a &amp;paper page…</source>
        <translation>Проверить &amp;бумажную страницу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="98"/>
        <source>More paper</source>
        <translation>Другая печать</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="101"/>
        <source>&amp;Extract for the dates set above…</source>
        <translation>&amp;Выписка за указанные выше даты…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="103"/>
        <source>The rows received between the dates set above (the whole journal when no dates are set), marked as an extract: not pages of the book.</source>
        <translation>Строки, выданные между указанными выше датами (весь журнал, если даты не заданы), с отметкой «выписка»: не страницы книги.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="107"/>
        <source>&amp;Blank book…</source>
        <translation>&amp;Пустая книга…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="109"/>
        <source>&amp;Close the volume…</source>
        <translation>&amp;Закрыть том…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="141"/>
        <source>Save the journal pages</source>
        <translation>Сохранить страницы журнала</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="146"/>
        <source>Save the sheet for signatures</source>
        <translation>Сохранить лист для подписей</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="151"/>
        <source>Save the duplicate pages</source>
        <translation>Сохранить страницы-дубликаты</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="160"/>
        <source>Save the extract</source>
        <translation>Сохранить выписку</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="165"/>
        <source>Save the blank book</source>
        <translation>Сохранить пустую книгу</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="172"/>
        <location filename="../../app/ui/paper_actions.py" line="176"/>
        <source>Close the volume</source>
        <translation>Закрытие тома</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="173"/>
        <source>There is no open volume with printed pages to close.</source>
        <translation>Нет открытого тома с напечатанными страницами, который можно закрыть.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="177"/>
        <source>Close volume {volume}? Its closing page will be page {page}, certifying {page} numbered pages (R7). The volume cannot be opened again; the next print starts volume {next}.</source>
        <translation>Закрыть том {volume}? Его заключительной будет страница {page}, заверяющая число пронумерованных страниц: {page} (R7). Том нельзя будет открыть снова; следующая печать начнёт том {next}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="183"/>
        <source>Save the closing page</source>
        <translation>Сохранить заключительную страницу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/paper_actions.py" line="212"/>
        <source>Duplicate of volume {volume}, page(s) {pages}</source>
        <translation>
            <numerusform>Дубликат тома {volume}, стр. {pages}</numerusform>
            <numerusform>Дубликат тома {volume}, стр. {pages}</numerusform>
            <numerusform>Дубликат тома {volume}, стр. {pages}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="215"/>
        <source>Volume {volume}: the closing page {pages}</source>
        <translation>Том {volume}: заключительная страница {pages}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/paper_actions.py" line="218"/>
        <source>Extract: %n row(s), not book pages</source>
        <translation>
            <numerusform>Выписка: %n строка, не страницы книги</numerusform>
            <numerusform>Выписка: %n строки, не страницы книги</numerusform>
            <numerusform>Выписка: %n строк, не страницы книги</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/paper_actions.py" line="220"/>
        <source>A blank book of %n numbered page(s)</source>
        <translation>
            <numerusform>Пустая книга из %n пронумерованной страницы</numerusform>
            <numerusform>Пустая книга из %n пронумерованных страниц</numerusform>
            <numerusform>Пустая книга из %n пронумерованных страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/paper_actions.py" line="222"/>
        <source>Volume {volume}: %n row(s), pages: {pages}</source>
        <translation>
            <numerusform>Том {volume}: %n строка, страницы: {pages}</numerusform>
            <numerusform>Том {volume}: %n строки, страницы: {pages}</numerusform>
            <numerusform>Том {volume}: %n строк, страницы: {pages}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="47"/>
        <source>Surname:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="48"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="49"/>
        <source>Patronymic (if any):</source>
        <translation>Отчество (при наличии):</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="50"/>
        <source>Personnel number:</source>
        <translation>Табельный номер:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="51"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="52"/>
        <source>Password (8 characters or more):</source>
        <translation>Пароль (не менее 8 символов):</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="53"/>
        <source>Password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="64"/>
        <source>Surname, name and personnel number are required.</source>
        <translation>Фамилия, имя и табельный номер обязательны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="67"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>PrintPlanDialog</name>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="260"/>
        <source>Sheet for signatures</source>
        <translation>Лист для подписей</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="262"/>
        <source>Print it once the cameras of the morning are issued. The rows go on the next numbered page of the book and never print again: the inspectors sign column 4 when they take the camera (R5); columns 5–8 (handed in, downloaded, your name and signature, remarks) are written in ink later — &quot;Print the new pages…&quot; lists those values each day.</source>
        <translation>Печатайте после утренней выдачи видеорегистраторов. Строки попадают на следующую пронумерованную страницу книги и больше не печатаются: инспекторы расписываются в графе 4 при получении видеорегистратора (R5); графы 5–8 (сдача, выгрузка, ваши ФИО и подпись, примечания) заполняются позднее ручкой — «Напечатать новые страницы…» каждый день показывает эти значения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="270"/>
        <source>Print the new pages</source>
        <translation>Печать новых страниц</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="272"/>
        <source>Rows go on the numbered pages in their order (R7), once each; a row still open waits, and so do the rows after it.</source>
        <translation>Строки попадают на пронумерованные страницы по порядку (R7), каждая один раз; незавершённая строка ждёт, и вместе с ней ждут строки после неё.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="293"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="300"/>
        <source>Sheet for &amp;signatures instead…</source>
        <translation>Вместо этого лист для &amp;подписей…</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="47"/>
        <source>The printer could not be opened. Check that it is on and connected, or choose another printer.</source>
        <translation>Не удалось открыть принтер. Проверьте, что он включён и подключён, или выберите другой принтер.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="52"/>
        <source>The printer stopped taking pages. Check its paper and try again.</source>
        <translation>Принтер перестал принимать страницы. Проверьте бумагу и повторите.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="79"/>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print_preview.py" line="86"/>
        <source>%n page(s) — {file}</source>
        <translation>
            <numerusform>%n страница — {file}</numerusform>
            <numerusform>%n страницы — {file}</numerusform>
            <numerusform>%n страниц — {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="88"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="91"/>
        <source>Open in the &amp;system viewer</source>
        <translation>Открыть в &amp;системной программе просмотра</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="93"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="107"/>
        <source>The pages could not be shown here; open them in the system viewer.</source>
        <translation>Страницы не удалось показать здесь; откройте их в системной программе просмотра.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="126"/>
        <source>Sent to the printer</source>
        <translation>Отправлено на принтер</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print_preview.py" line="127"/>
        <source>%n page(s) sent to {printer}. Sign each page in ink and lace it into the book (R7).</source>
        <translation>
            <numerusform>%n страница отправлена на {printer}. Подпишите каждую страницу чернилами и прошейте её в книгу (R7).</numerusform>
            <numerusform>%n страницы отправлены на {printer}. Подпишите каждую страницу чернилами и прошейте её в книгу (R7).</numerusform>
            <numerusform>%n страниц отправлено на {printer}. Подпишите каждую страницу чернилами и прошейте её в книгу (R7).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="58"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="59"/>
        <source>File Folder</source>
        <translation>Папка</translation>
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
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="57"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message numerus="yes">
        <location filename="../../app/ui/reconcile_notice.py" line="39"/>
        <source>%n stored file(s) are missing from the vault folder. Run a vault check and restore them from the backup.</source>
        <translation>
            <numerusform>В папке хранилища отсутствует %n сохранённый файл. Проверьте хранилище и восстановите недостающее из резервной копии.</numerusform>
            <numerusform>В папке хранилища отсутствуют %n сохранённых файла. Проверьте хранилище и восстановите недостающее из резервной копии.</numerusform>
            <numerusform>В папке хранилища отсутствуют %n сохранённых файлов. Проверьте хранилище и восстановите недостающее из резервной копии.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reconcile_notice.py" line="43"/>
        <source>%n unknown file(s) in the vault folder were moved to blobs/quarantine; nothing was deleted.</source>
        <translation>
            <numerusform>%n неизвестный файл в папке хранилища перемещён в blobs/quarantine; ничего не удалено.</numerusform>
            <numerusform>%n неизвестных файла в папке хранилища перемещены в blobs/quarantine; ничего не удалено.</numerusform>
            <numerusform>%n неизвестных файлов в папке хранилища перемещены в blobs/quarantine; ничего не удалено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reconcile_notice.py" line="48"/>
        <source>Leftovers of an interrupted download were cleaned up (%n item(s)).</source>
        <translation>
            <numerusform>Остатки прерванной выгрузки удалены (%n элемент).</numerusform>
            <numerusform>Остатки прерванной выгрузки удалены (%n элемента).</numerusform>
            <numerusform>Остатки прерванной выгрузки удалены (%n элементов).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reconcile_notice.py" line="67"/>
        <source>The vault folder was checked</source>
        <translation>Папка хранилища проверена</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="59"/>
        <source>Register this camera</source>
        <translation>Зарегистрировать этот видеорегистратор</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="61"/>
        <source>e.g. BK-014</source>
        <translation>например, BK-014</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="64"/>
        <source>This camera (serial {serial}) is not in the register. A camera without an inventory number must not be used (R4): give it its number.</source>
        <translation>Этого видеорегистратора (серийный номер {serial}) нет в реестре. Видеорегистратор без инвентарного номера использовать нельзя (R4): присвойте ему номер.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="68"/>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="67"/>
        <source>&amp;Inventory number:</source>
        <translation>&amp;Инвентарный номер:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="67"/>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <location filename="../../app/ui/registers_view.py" line="34"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="34"/>
        <source>Personnel no.</source>
        <translation>Табельный №</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="34"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="35"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="36"/>
        <source>Inventory no.</source>
        <translation>Инвентарный №</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="36"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="36"/>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="37"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="37"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="37"/>
        <source>In service since</source>
        <translation>В эксплуатации с</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="38"/>
        <source>Service life ends (R19)</source>
        <translation>Срок службы истекает (R19)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="52"/>
        <source>Add &amp;inspector</source>
        <translation>Добавить &amp;инспектора</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="55"/>
        <source>Surname:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="56"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="57"/>
        <source>Patronymic (if any):</source>
        <translation>Отчество (при наличии):</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="58"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="59"/>
        <source>Personnel no.:</source>
        <translation>Табельный №:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="67"/>
        <source>Add &amp;device</source>
        <translation>Добавить &amp;устройство</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="70"/>
        <source>reason (required)</source>
        <translation>причина (обязательно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="71"/>
        <source>Mark &amp;faulty</source>
        <translation>Отметить &amp;неисправным</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="72"/>
        <source>Back in &amp;store</source>
        <translation>Вернуть на &amp;хранение</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="73"/>
        <source>&amp;Write off</source>
        <translation>&amp;Списать</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="78"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="79"/>
        <source>Inventory no. (R4):</source>
        <translation>Инвентарный № (R4):</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="80"/>
        <source>Serial:</source>
        <translation>Серийный номер:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="81"/>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="83"/>
        <source>Selected device:</source>
        <translation>Выбранное устройство:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="88"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="89"/>
        <source>Cameras and cards</source>
        <translation>Видеорегистраторы и карты</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="90"/>
        <source>History of the selected record</source>
        <translation>История выбранной записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="154"/>
        <source>Equipment norms (R19): {staff} staff, {allowed} kits allowed; {cameras} cameras registered.</source>
        <translation>Нормы оснащения (R19): численность {staff}, положено комплектов {allowed}; зарегистрировано видеорегистраторов {cameras}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="158"/>
        <source>Above the norm by {n}.</source>
        <translation>Сверх нормы: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="160"/>
        <source>Service life ended: {numbers}.</source>
        <translation>Срок службы истёк: {numbers}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="209"/>
        <source>{name} registered, personnel no. {number}.</source>
        <translation>Сотрудник {name} зарегистрирован, табельный номер {number}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="220"/>
        <source>Camera {number} registered.</source>
        <translation>Видеорегистратор {number} зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="221"/>
        <source>Memory card {number} registered.</source>
        <translation>Карта памяти {number} зарегистрирована.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_view.py" line="224"/>
        <source>The number mixes Latin and Cyrillic letters: it is found however it is typed, but check the label.</source>
        <translation>В номере смешаны латинские и кириллические буквы: он находится при любом наборе, но проверьте наклейку.</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="37"/>
        <source>Release a copy to an inspector</source>
        <translation>Выдача копии инспектору</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="43"/>
        <source>service purpose, e.g. administrative case №</source>
        <translation>служебная цель, например административное дело №</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="44"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="52"/>
        <source>&amp;Release</source>
        <translation>&amp;Выдать</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/release_dialog.py" line="62"/>
        <source>%n recording(s) selected. Stored footage is given to inspectors for service purposes only, with the head&apos;s permission (R10). The copy is a signed package that anyone can check without the vault.</source>
        <translation>
            <numerusform>Выбрана %n запись. Хранящиеся записи выдаются инспекторам только в служебных целях, с разрешения руководителя (R10). Копия — подписанный пакет, который любой может проверить без хранилища.</numerusform>
            <numerusform>Выбраны %n записи. Хранящиеся записи выдаются инспекторам только в служебных целях, с разрешения руководителя (R10). Копия — подписанный пакет, который любой может проверить без хранилища.</numerusform>
            <numerusform>Выбрано %n записей. Хранящиеся записи выдаются инспекторам только в служебных целях, с разрешения руководителя (R10). Копия — подписанный пакет, который любой может проверить без хранилища.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="54"/>
        <source>To inspector:</source>
        <translation>Инспектору:</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="54"/>
        <source>Purpose:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="55"/>
        <source>Copy into folder:</source>
        <translation>Копировать в папку:</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="56"/>
        <source>Head&apos;s password:</source>
        <translation>Пароль руководителя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="59"/>
        <source>You unlocked as the head: your password is the permission.</source>
        <translation>Вы вошли как руководитель: ваш пароль и есть разрешение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="84"/>
        <source>Where to put the copy</source>
        <translation>Куда поместить копию</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="97"/>
        <source>Fill in first: {fields}</source>
        <translation>Сначала заполните: {fields}</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="114"/>
        <source>Copying…</source>
        <translation>Копирование…</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="130"/>
        <source>Copy released</source>
        <translation>Копия выдана</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="131"/>
        <source>Release {id}: the copy, its signed manifest and a printable manifest.pdf are in {folder}. The release is logged.

Signing key fingerprint: {fp}
The recipient checks the package with: dalel verify-package</source>
        <translation>Выдача № {id}: копия, её подписанный манифест и manifest.pdf для печати находятся в {folder}. Выдача записана в журнал.

Отпечаток ключа подписи: {fp}
Получатель проверяет пакет так: dalel verify-package</translation>
    </message>
    <message>
        <location filename="../../app/ui/release_dialog.py" line="140"/>
        <source>Cancelled; the partial copy was removed.</source>
        <translation>Отменено; неполная копия удалена.</translation>
    </message>
</context>
<context>
    <name>RemarksPanel</name>
    <message>
        <location filename="../../app/ui/remarks.py" line="77"/>
        <source>Cameras out: remarks</source>
        <translation>Выданные видеорегистраторы: примечания</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="81"/>
        <source>Meal break &amp;starts</source>
        <translation>Перерыв на обед &amp;начат</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="82"/>
        <source>Meal break &amp;ends</source>
        <translation>Перерыв на обед &amp;окончен</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="83"/>
        <source>&amp;Malfunction…</source>
        <translation>&amp;Неисправность…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="85"/>
        <source>a note for Remarks, Enter to add</source>
        <translation>запись в Примечание, Enter — добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="114"/>
        <source>{camera} — {name}, since {time}</source>
        <translation>{camera} — {name}, с {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="137"/>
        <location filename="../../app/ui/remarks.py" line="153"/>
        <source>Choose a camera that is out.</source>
        <translation>Выберите выданный видеорегистратор.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remarks.py" line="141"/>
        <source>Written in Remarks at {time}.</source>
        <translation>Записано в Примечание в {time}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports_view.py" line="52"/>
        <source>&amp;Month by inspector</source>
        <translation>&amp;Месяц по инспекторам</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="53"/>
        <source>&amp;Audit log of the month</source>
        <translation>Журнал &amp;аудита за месяц</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="54"/>
        <source>&amp;Chain of custody</source>
        <translation>&amp;Цепочка хранения</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="55"/>
        <source>&amp;Save as PDF, CSV or XLSX…</source>
        <translation>&amp;Сохранить в PDF, CSV или XLSX…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="78"/>
        <source>Month:</source>
        <translation>Месяц:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="83"/>
        <source>Recording №:</source>
        <translation>Запись №:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="109"/>
        <source>Working it out…</source>
        <translation>Подсчитывается…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="169"/>
        <source>Rows: {n}.</source>
        <translation>Строк: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="193"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="203"/>
        <source>Saved {file}.</source>
        <translation>Сохранено: {file}.</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="383"/>
        <source>Reprint pages</source>
        <translation>Повторная печать страниц</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="389"/>
        <source>e.g. 3-5, 8; empty: the whole volume</source>
        <translation>например, 3-5, 8; пусто: весь том</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="390"/>
        <source>With the covers</source>
        <translation>С обложками</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="393"/>
        <source>The pages print exactly as first printed, marked &quot;duplicate&quot;; the reprint is recorded in the audit log.</source>
        <translation>Страницы печатаются точно так же, как в первый раз, с отметкой «дубликат»; повторная печать записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="398"/>
        <source>&amp;Volume:</source>
        <translation>&amp;Том:</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="399"/>
        <source>&amp;Pages:</source>
        <translation>&amp;Страницы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="421"/>
        <source>Write page numbers like 3-5, 8.</source>
        <translation>Укажите номера страниц в виде 3-5, 8.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../app/ui/retention_view.py" line="101"/>
        <source>&amp;Confirm today&apos;s date…</source>
        <translation>&amp;Подтвердить сегодняшнюю дату…</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="109"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="109"/>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="109"/>
        <source>Camera</source>
        <translation>Видеорегистратор</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="109"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="110"/>
        <source>Downloaded</source>
        <translation>Выгружено</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="110"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="110"/>
        <source>Keep until (R9)</source>
        <translation>Хранить до (R9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="111"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="117"/>
        <source>&amp;Hold…</source>
        <translation>&amp;Запретить уничтожение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="119"/>
        <source>&amp;Lift the hold…</source>
        <translation>&amp;Снять запрет…</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="133"/>
        <source>Footage is kept 1 year from its download; 5 years for administrative offences and inspections (R9), counted in calendar years. The head puts footage on hold and approves its destruction.</source>
        <translation>Записи хранятся 1 год с момента выгрузки, по административным правонарушениям и проверкам — 5 лет (R9); срок считается календарными годами. Запрет на уничтожение и разрешение на уничтожение даёт руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="136"/>
        <source>Footage is kept 1 year from its download; 5 years for administrative offences and inspections (R9), counted in calendar years. Holds and destruction are the head&apos;s decisions; after the computer&apos;s clock moved, you confirm today&apos;s date.</source>
        <translation>Записи хранятся 1 год с момента выгрузки, по административным правонарушениям и проверкам — 5 лет (R9); срок считается календарными годами. О запрете на уничтожение и об уничтожении решает руководитель; после сдвига часов компьютера сегодняшнюю дату подтверждаете вы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="155"/>
        <source>on hold: {reason}</source>
        <translation>запрет на уничтожение: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="157"/>
        <source>past its term</source>
        <translation>срок хранения истёк</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/retention_view.py" line="143"/>
        <source>&lt;b&gt;Past their term, or reaching it within %n day(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Срок хранения истёк или истекает в течение %n дня&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Срок хранения истёк или истекает в течение %n дней&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Срок хранения истёк или истекает в течение %n дней&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/retention_view.py" line="158"/>
        <source>term ends in %n day(s)</source>
        <translation>
            <numerusform>срок истекает через %n день</numerusform>
            <numerusform>срок истекает через %n дня</numerusform>
            <numerusform>срок истекает через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/retention_view.py" line="194"/>
        <source>&amp;Destroy %n recording(s) past their term…</source>
        <translation>
            <numerusform>&amp;Уничтожить %n запись с истёкшим сроком…</numerusform>
            <numerusform>&amp;Уничтожить %n записи с истёкшим сроком…</numerusform>
            <numerusform>&amp;Уничтожить %n записей с истёкшим сроком…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="198"/>
        <source>{ready} past their term and not held, {held} on hold, {soon} reaching their term soon.</source>
        <translation>Срок истёк, запрета нет: {ready}; запрет на уничтожение: {held}; срок скоро истечёт: {soon}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="205"/>
        <source>The computer&apos;s clock has not jumped since it was last confirmed.</source>
        <translation>С последнего подтверждения часы компьютера не сдвигались скачком.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="208"/>
        <source>The computer&apos;s clock moved back from {before} to {after}.</source>
        <translation>Часы компьютера сдвинулись назад: с {before} на {after}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="210"/>
        <source>The computer&apos;s clock moved forward from {before} to {after}.</source>
        <translation>Часы компьютера сдвинулись вперёд: с {before} на {after}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="212"/>
        <source>Nothing is destroyed until the responsible officer confirms today&apos;s date.</source>
        <translation>Пока ответственное лицо не подтвердит сегодняшнюю дату, ничего не уничтожается.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="250"/>
        <source>Put on hold</source>
        <translation>Запрет на уничтожение</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="251"/>
        <source>Recording {id} will not be destroyed, whatever its term, until you lift the hold (R9).</source>
        <translation>Запись {id} не будет уничтожена независимо от срока хранения, пока вы не снимете запрет (R9).</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="244"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="253"/>
        <source>e.g. court case №, complaint, prosecutor&apos;s request</source>
        <translation>например: № судебного дела, жалоба, запрос прокурора</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="258"/>
        <source>Lift the hold</source>
        <translation>Снятие запрета</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="259"/>
        <source>Recording {id} is kept until {date} (R9); past that, it can be destroyed.</source>
        <translation>Запись {id} хранится до {date} (R9); после этого её можно уничтожить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="262"/>
        <source>e.g. the case is closed</source>
        <translation>например: дело закрыто</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="267"/>
        <source>Confirm today&apos;s date</source>
        <translation>Подтверждение сегодняшней даты</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="268"/>
        <source>Look at a calendar (not at this computer) and type today&apos;s date. If it is not the date the computer shows, set the computer&apos;s clock right first.</source>
        <translation>Посмотрите на календарь (не на этот компьютер) и введите сегодняшнюю дату. Если она не совпадает с датой на компьютере, сначала исправьте часы компьютера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="271"/>
        <source>&amp;Today is:</source>
        <translation>&amp;Сегодня:</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="271"/>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/ui/review.py" line="46"/>
        <source>&amp;Recorded from</source>
        <translation>&amp;Записано с</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="52"/>
        <source>Only with recording &amp;gaps (R13)</source>
        <translation>Только с &amp;пропусками записи (R13)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="53"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="59"/>
        <source>Inspector:</source>
        <translation>Инспектор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="60"/>
        <source>Camera:</source>
        <translation>Видеорегистратор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="61"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="63"/>
        <location filename="../../app/ui/review.py" line="121"/>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="73"/>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="73"/>
        <source>Camera</source>
        <translation>Видеорегистратор</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="73"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="73"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="74"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="74"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="74"/>
        <source>Keep until (R9)</source>
        <translation>Хранить до (R9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="75"/>
        <source>Gaps in the period</source>
        <translation>Пропуски за период</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="75"/>
        <source>Hold / destroyed</source>
        <translation>Запрет / уничтожено</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="85"/>
        <source>Choose a recording.</source>
        <translation>Выберите запись.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="98"/>
        <source>&amp;Open (decrypted in memory)</source>
        <translation>&amp;Открыть (расшифровка в памяти)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="103"/>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="110"/>
        <source>a note kept beside the footage, Enter to add</source>
        <translation>заметка к записи, Enter — добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="112"/>
        <source>Release a &amp;copy to an inspector…</source>
        <translation>Выдать &amp;копию инспектору…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="123"/>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="126"/>
        <source>Recording gaps in this custody period (R13):</source>
        <translation>Пропуски записи в этот период выдачи (R13):</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="148"/>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="181"/>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="181"/>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/review.py" line="185"/>
        <source>%n gap(s), {m} min</source>
        <translation>
            <numerusform>%n пропуск, {m} мин</numerusform>
            <numerusform>%n пропуска, {m} мин</numerusform>
            <numerusform>%n пропусков, {m} мин</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="196"/>
        <source>destroyed {date}</source>
        <translation>уничтожено {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="198"/>
        <source>held: {reason}</source>
        <translation>запрет на уничтожение: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="224"/>
        <source>{name}
Size in bytes: {size}; SHA-256 {sha}…
Downloaded {when}</source>
        <translation>{name}
Размер (байт): {size}; SHA-256 {sha}…
Загружено {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="229"/>
        <source>Kept until {date} (R9).</source>
        <translation>Хранится до {date} (R9).</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="236"/>
        <source>{name}
Destroyed on {when} after its retention term (R9); only its record is kept.</source>
        <translation>{name}
Уничтожено {when} по истечении срока хранения (R9); сохранён только учёт о записи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="241"/>
        <source>{start} – {end}: {m} min without recording</source>
        <translation>{start} – {end}: {m} мин без записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="244"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="273"/>
        <source>Decrypting…</source>
        <translation>Расшифровка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="280"/>
        <source>hash matches</source>
        <translation>хэш совпадает</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="280"/>
        <source>HASH DIFFERS — run a vault check</source>
        <translation>ХЭШ НЕ СОВПАДАЕТ — проверьте хранилище</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="296"/>
        <source>{name}: {size} bytes decrypted in memory, {check}.</source>
        <translation>{name}: {size} байт расшифровано в памяти, {check}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="319"/>
        <source>Change the category</source>
        <translation>Изменение категории</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="320"/>
        <source>Recording {id} becomes: {category}. The category decides how long the recording is kept (R9); the reason is kept with the change.</source>
        <translation>Новая категория записи {id}: {category}. От категории зависит срок хранения записи (R9); причина сохраняется вместе с изменением.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="323"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="323"/>
        <source>e.g. protocol № of the administrative offence</source>
        <translation>например: № протокола об административном правонарушении</translation>
    </message>
    <message>
        <location filename="../../app/ui/review.py" line="355"/>
        <source>bookmark</source>
        <translation>закладка</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="48"/>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="50"/>
        <source>YYYY-MM-DD, YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="54"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="56"/>
        <source>Wipe the card after its footage is stored and verified (R1, R14)</source>
        <translation>Очищать карту после сохранения и проверки записей (R1, R14)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="60"/>
        <source>Download a docked camera as soon as it is identified</source>
        <translation>Выгружать видеорегистратор в док-станции сразу после опознания</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="70"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="74"/>
        <source>Territorial unit:</source>
        <translation>Территориальное подразделение:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="75"/>
        <source>Agency:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="76"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="77"/>
        <source>Working days (R21):</source>
        <translation>Рабочие дни (R21):</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="78"/>
        <source>Working day starts:</source>
        <translation>Начало рабочего дня:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="79"/>
        <source>Working day ends:</source>
        <translation>Конец рабочего дня:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="80"/>
        <source>Lunch from:</source>
        <translation>Обед с:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="81"/>
        <source>Lunch to:</source>
        <translation>Обед до:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="82"/>
        <source>Extra days off (decrees):</source>
        <translation>Дополнительные выходные (постановления):</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="83"/>
        <source>Extra working days (decrees):</source>
        <translation>Дополнительные рабочие дни (постановления):</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="84"/>
        <source>Lock after inactivity:</source>
        <translation>Блокировать после бездействия:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="87"/>
        <source>Cameras downloading at once (R20):</source>
        <translation>Одновременно выгружаемых видеорегистраторов (R20):</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="88"/>
        <source>Lowest battery charge at issue (R11):</source>
        <translation>Минимальный заряд батареи при выдаче (R11):</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="113"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="113"/>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
</context>
<context>
    <name>TieDialog</name>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="37"/>
        <source>Which camera is this?</source>
        <translation>Какой это видеорегистратор?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="47"/>
        <source>The volume {label} does not say which camera it belongs to (a card in a reader, or a camera without a readable serial). Choose the inventory number of its camera or memory card. Your choice is written in the journal, and this card is recognised at its next docking.</source>
        <translation>Том {label} не сообщает, какому видеорегистратору он принадлежит (карта в картридере или видеорегистратор без читаемого серийного номера). Выберите инвентарный номер его видеорегистратора или карты памяти. Выбор записывается в журнал, и при следующей установке эта карта будет опознана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="51"/>
        <source>Tie</source>
        <translation>Привязать</translation>
    </message>
    <message>
        <location filename="../../app/ui/dock_panel.py" line="51"/>
        <source>&amp;Inventory number:</source>
        <translation>&amp;Инвентарный номер:</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/today.py" line="39"/>
        <source>Camera</source>
        <translation>Видеорегистратор</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="39"/>
        <source>Where it is</source>
        <translation>Где находится</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="39"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="63"/>
        <source>&lt;b&gt;Where is every camera right now?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Где сейчас каждый видеорегистратор?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="68"/>
        <source>&lt;b&gt;What needs doing&lt;/b&gt;</source>
        <translation>&lt;b&gt;Что нужно сделать&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="76"/>
        <source>&lt;b&gt;Docking station&lt;/b&gt;</source>
        <translation>&lt;b&gt;Док-станция&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="40"/>
        <source>In the dock</source>
        <translation>В док-станции</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="39"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="124"/>
        <source>Out with {name}</source>
        <translation>У инспектора {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="126"/>
        <source>In store</source>
        <translation>На хранении</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="126"/>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="127"/>
        <source>Faulty</source>
        <translation>Неисправен</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="127"/>
        <source>Written off</source>
        <translation>Списан</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="159"/>
        <source>{camera} is not back from {name}; due by {due} (R17)</source>
        <translation>{camera} ещё не сдан инспектором {name}; срок — {due} (R17)</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="161"/>
        <source>OVERDUE: {camera} was due back from {name} by {due} (R17)</source>
        <translation>ПРОСРОЧЕНО: {camera} должен был быть сдан инспектором {name} до {due} (R17)</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="163"/>
        <source>Download the footage of {camera} ({name}) by {due} (R8)</source>
        <translation>Выгрузите записи {camera} ({name}) до {due} (R8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="165"/>
        <source>OVERDUE: the footage of {camera} ({name}) was due by {due} (R8)</source>
        <translation>ПРОСРОЧЕНО: записи {camera} ({name}) нужно было выгрузить до {due} (R8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="169"/>
        <source>{number} reaches the end of its service life on {date} (R19)</source>
        <translation>Срок службы {number} истекает {date} (R19)</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="173"/>
        <source>{number} still has the factory-default device password; change it on the camera</source>
        <translation>У {number} всё ещё заводской пароль устройства; смените его на видеорегистраторе</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="178"/>
        <source>the head</source>
        <translation>руководителя</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="179"/>
        <source>the responsible officer</source>
        <translation>ответственного лица</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="180"/>
        <source>A copy of the key slot of {who} ({copy}) is damaged; it is rewritten from the intact copy at their next unlock.</source>
        <translation>Копия ключевого слота {who} ({copy}) повреждена; при следующей разблокировке она будет перезаписана с целой копии.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="183"/>
        <source>Both copies of the key slot of {who} are damaged: that password no longer opens the vault. Restore the keys folder from a backup.</source>
        <translation>Обе копии ключевого слота {who} повреждены: этот пароль больше не открывает хранилище. Восстановите папку keys из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="194"/>
        <source>Swap {area} is not on an encrypted disk (or cannot be checked): memory holding keys and footage may be written there. Ask the administrator for encrypted swap or none.</source>
        <translation>Область подкачки (swap) {area} не на зашифрованном диске (или это нельзя проверить): память с ключами и видеозаписями может попасть туда. Попросите администратора зашифровать подкачку или отключить её.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="200"/>
        <source>Nothing is due.</source>
        <translation>Срочных дел нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today.py" line="203"/>
        <source>Last full check of the vault: {date}, everything intact (%n file(s) decrypted and rehashed).</source>
        <translation>
            <numerusform>Последняя полная проверка хранилища: {date}, всё цело (%n файл расшифрован и перепроверен по хэшу).</numerusform>
            <numerusform>Последняя полная проверка хранилища: {date}, всё цело (%n файла расшифрованы и перепроверены по хэшу).</numerusform>
            <numerusform>Последняя полная проверка хранилища: {date}, всё цело (%n файлов расшифровано и перепроверено по хэшу).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today.py" line="220"/>
        <source>The full check of {date} found damage (%n problem(s)): run &quot;dalel verify&quot; for the details and restore from the backup if needed.</source>
        <translation>
            <numerusform>Полная проверка {date} обнаружила повреждения (%n проблема): выполните &quot;dalel verify&quot;, чтобы узнать подробности, и при необходимости восстановите из резервной копии.</numerusform>
            <numerusform>Полная проверка {date} обнаружила повреждения (%n проблемы): выполните &quot;dalel verify&quot;, чтобы узнать подробности, и при необходимости восстановите из резервной копии.</numerusform>
            <numerusform>Полная проверка {date} обнаружила повреждения (%n проблем): выполните &quot;dalel verify&quot;, чтобы узнать подробности, и при необходимости восстановите из резервной копии.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today.py" line="243"/>
        <source>The last backup of the vault is from {date}, more than %n day(s) ago: back it up to an external drive again (Back up… on the toolbar).</source>
        <translation>
            <numerusform>Последняя резервная копия хранилища сделана {date}, более %n дня назад: снова скопируйте его на внешний диск («Резервная копия…» на панели инструментов).</numerusform>
            <numerusform>Последняя резервная копия хранилища сделана {date}, более %n дней назад: снова скопируйте его на внешний диск («Резервная копия…» на панели инструментов).</numerusform>
            <numerusform>Последняя резервная копия хранилища сделана {date}, более %n дней назад: снова скопируйте его на внешний диск («Резервная копия…» на панели инструментов).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="212"/>
        <source>Checking the whole vault in the background: {done} of {total} files (paused while cameras download).</source>
        <translation>Идёт фоновая проверка всего хранилища: {done} из {total} файлов (приостанавливается, пока выгружаются видеорегистраторы).</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="217"/>
        <source>The whole vault has not been checked yet: the check starts by itself, or use &quot;Check the whole vault&quot;.</source>
        <translation>Всё хранилище ещё не проверялось: проверка начнётся сама, или нажмите «Проверить всё хранилище».</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="239"/>
        <source>The vault has never been backed up: copy it to an external drive (Back up… on the toolbar), so that the footage survives the loss of this PC&apos;s disk.</source>
        <translation>Резервная копия хранилища ещё не создавалась: скопируйте его на внешний диск («Резервная копия…» на панели инструментов), чтобы видеозаписи сохранились при потере диска этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="256"/>
        <source>The computer&apos;s clock moved back from {before} to {after}; no footage is destroyed until the responsible officer confirms today&apos;s date (Retention tab).</source>
        <translation>Часы компьютера сдвинулись назад: с {before} на {after}; пока ответственное лицо не подтвердит сегодняшнюю дату, записи не уничтожаются (вкладка «Сроки хранения»).</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="259"/>
        <source>The computer&apos;s clock moved forward from {before} to {after}; no footage is destroyed until the responsible officer confirms today&apos;s date (Retention tab).</source>
        <translation>Часы компьютера сдвинулись вперёд: с {before} на {after}; пока ответственное лицо не подтвердит сегодняшнюю дату, записи не уничтожаются (вкладка «Сроки хранения»).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today.py" line="266"/>
        <source>%n recording(s) are past their retention term; the head decides on their destruction on the Retention tab (R9).</source>
        <translation>
            <numerusform>У %n записи истёк срок хранения; об уничтожении решает руководитель на вкладке «Сроки хранения» (R9).</numerusform>
            <numerusform>У %n записей истёк срок хранения; об уничтожении решает руководитель на вкладке «Сроки хранения» (R9).</numerusform>
            <numerusform>У %n записей истёк срок хранения; об уничтожении решает руководитель на вкладке «Сроки хранения» (R9).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="40"/>
        <source>Dalel — body-camera journal and evidence vault</source>
        <translation>Dalel — журнал видеорегистраторов и хранилище доказательств</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="42"/>
        <source>&amp;Responsible officer</source>
        <translation>&amp;Ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="43"/>
        <source>&amp;Head of the office</source>
        <translation>&amp;Руководитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="50"/>
        <source>your own vault password</source>
        <translation>ваш личный пароль хранилища</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="52"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="63"/>
        <source>Who are you:</source>
        <translation>Кто вы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="64"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="68"/>
        <source>Vault: {path}</source>
        <translation>Хранилище: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="69"/>
        <source>Only the responsible officer and the head hold a password for this vault.</source>
        <translation>Пароль от этого хранилища есть только у ответственного лица и руководителя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="75"/>
        <source>Demo vault. Officer&apos;s password: {officer}   Head&apos;s password: {head}</source>
        <translation>Демо-хранилище. Пароль ответственного лица: {officer}   Пароль руководителя: {head}</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="92"/>
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="95"/>
        <source>Checking the password…</source>
        <translation>Проверка пароля…</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="113"/>
        <source>Wrong password. Check the keyboard layout and Caps Lock; after five wrong tries in a row unlocking is blocked for ten minutes.</source>
        <translation>Неверный пароль. Проверьте раскладку клавиатуры и Caps Lock; после пяти ошибок подряд вход блокируется на десять минут.</translation>
    </message>
</context>
<context>
    <name>VerifyPageDialog</name>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="332"/>
        <source>Check a paper page</source>
        <translation>Проверка бумажной страницы</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="341"/>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="346"/>
        <source>Code printed on the page:</source>
        <translation>Код, напечатанный на странице:</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="347"/>
        <source>Page number:</source>
        <translation>Номер страницы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="359"/>
        <source>The page matches the vault: volume {v}, page {p}, printed {when}.</source>
        <translation>Страница соответствует хранилищу: том {v}, страница {p}, напечатана {when}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="363"/>
        <source>The page must show:</source>
        <translation>На странице должно быть:</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="364"/>
        <source>struck</source>
        <translation>зачёркнута</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_actions.py" line="371"/>
        <source>The page does NOT match the vault: {why}</source>
        <translation>Страница НЕ соответствует хранилищу: {why}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../app/ui/workspace.py" line="34"/>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="35"/>
        <source>&amp;Issue and return</source>
        <translation>&amp;Выдача и приём</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="36"/>
        <source>&amp;Journal</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="37"/>
        <source>Re&amp;view</source>
        <translation>П&amp;росмотр</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="38"/>
        <source>Rete&amp;ntion</source>
        <translation>Сроки &amp;хранения</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="39"/>
        <source>Re&amp;gisters</source>
        <translation>&amp;Реестры</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="40"/>
        <source>Re&amp;ports</source>
        <translation>О&amp;тчёты</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="41"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Настройки</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="43"/>
        <source>issue a camera (and card) to an inspector (R5, R6, R11, R12)</source>
        <translation>выдать инспектору видеорегистратор (и карту) (R5, R6, R11, R12)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="47"/>
        <location filename="../../app/cli/shared_args.py" line="16"/>
        <source>personnel number</source>
        <translation>табельный номер</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="13"/>
        <location filename="../../app/cli/shared_args.py" line="14"/>
        <source>inventory number</source>
        <translation>инвентарный номер</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="18"/>
        <source>card inventory number (default: the card in the camera)</source>
        <translation>инвентарный номер карты (по умолчанию: карта в видеорегистраторе)</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="20"/>
        <source>number of the seal on the card slot (R6)</source>
        <translation>номер пломбы на слоте карты (R6)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="23"/>
        <source>pre-use checks done, comma-separated: {names}, or &apos;all&apos;</source>
        <translation>выполненные проверки перед выдачей, через запятую: {names} или &apos;all&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="29"/>
        <source>the battery&apos;s charge at issue, in per cent (R11)</source>
        <translation>заряд батареи при выдаче, в процентах (R11)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="31"/>
        <source>issue below the office&apos;s lowest charge (journalled)</source>
        <translation>выдать при заряде ниже минимума офиса (записывается в журнал)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="33"/>
        <source>why a camera past its 7-year service life still goes out (R19, journalled)</source>
        <translation>почему видеорегистратор с истёкшим 7-летним сроком службы всё же выдаётся (R19, записывается в журнал)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="35"/>
        <source>confirm that a camera registered with its factory password now has its own (journalled)</source>
        <translation>подтвердить, что у видеорегистратора, зарегистрированного с заводским паролем, теперь свой пароль (записывается в журнал)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="50"/>
        <source>issue entry of the failed camera this one replaces (R16)</source>
        <translation>запись о выдаче неисправного видеорегистратора, который заменяет этот (R16)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="52"/>
        <source>take a camera back (R17)</source>
        <translation>принять видеорегистратор (R17)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="54"/>
        <source>the camera came back faulty (it is not issued again)</source>
        <translation>видеорегистратор сдан неисправным (повторно не выдаётся)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="56"/>
        <source>meal break (R15) or a note, in Remarks</source>
        <translation>перерыв на обед (R15) или заметка, в «Примечания»</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="58"/>
        <source>inventory number of the camera that is out</source>
        <translation>инвентарный номер выданного видеорегистратора</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="60"/>
        <source>meal-pause and meal-resume: the meal break (R15); note: a remark</source>
        <translation>meal-pause и meal-resume — перерыв на обед (R15); note — примечание</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="62"/>
        <source>the remark&apos;s text (for a note)</source>
        <translation>текст примечания (для note)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="64"/>
        <source>record a failed camera or card: cause and time reported (R16)</source>
        <translation>записать неисправность видеорегистратора или карты: причина и время сообщения (R16)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="69"/>
        <source>what failed, in words</source>
        <translation>что вышло из строя, словами</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="70"/>
        <source>issue a replacement for a failed camera (R16)</source>
        <translation>выдать замену неисправного видеорегистратора (R16)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="72"/>
        <source>inventory number of the camera that failed</source>
        <translation>инвентарный номер неисправного видеорегистратора</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="74"/>
        <source>inventory number of the camera issued instead</source>
        <translation>инвентарный номер видеорегистратора, выдаваемого взамен</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="77"/>
        <source>strike an entry and write the right one (R7)</source>
        <translation>зачеркнуть запись и внести правильную (R7)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="79"/>
        <source>journal entry number</source>
        <translation>номер записи журнала</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="80"/>
        <source>why the entry is corrected (written in Remarks, R7)</source>
        <translation>почему запись исправляется (пишется в Примечание, R7)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="82"/>
        <source>the right inspector (personnel number)</source>
        <translation>правильный инспектор (табельный номер)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="84"/>
        <source>the right camera (inventory number)</source>
        <translation>правильный видеорегистратор (инвентарный номер)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="86"/>
        <source>the right memory card (inventory number)</source>
        <translation>правильная карта памяти (инвентарный номер)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="89"/>
        <source>the right seal number</source>
        <translation>правильный номер пломбы</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="91"/>
        <source>a remark&apos;s right text</source>
        <translation>правильный текст примечания</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="92"/>
        <source>strike a return made by mistake</source>
        <translation>зачеркнуть ошибочно записанный приём</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="93"/>
        <source>correct the striking of a return: the return stands again (R7)</source>
        <translation>исправить зачёркивание записи о сдаче: сдача снова в силе (R7)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="144"/>
        <source>Journal row № {n}: {camera} issued to the inspector: {who}.</source>
        <translation>Строка журнала № {n}: {camera} выдан инспектору: {who}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="27"/>
        <source>the journal in its 8 official columns (R18)</source>
        <translation>журнал в 8 официальных графах (R18)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="32"/>
        <source>language of the Remarks wording (default: Russian with --lang ru, else Kazakh)</source>
        <translation>язык графы «Примечания» (по умолчанию: русский при --lang ru, иначе казахский)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="35"/>
        <source>raw journal entries with their hashes</source>
        <translation>исходные записи журнала с хэшами</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="37"/>
        <source>only entries of this kind (as --json names it)</source>
        <translation>только записи этого вида (как в --json)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="39"/>
        <source>cameras not back (R17) and footage not downloaded (R8)</source>
        <translation>не сданные видеорегистраторы (R17) и не выгруженные записи (R8)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="132"/>
        <source>Nothing is due: no camera is out (R17) and no footage handed in waits to be downloaded (R8).</source>
        <translation>Сроков нет: ни один видеорегистратор не выдан (R17), и все сданные видеозаписи выгружены (R8).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="105"/>
        <source>Unknown check {names}; use: {choices}.</source>
        <translation>Неизвестная проверка {names}; используйте: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="156"/>
        <source>{camera} returned (journal row № {n}).</source>
        <translation>{camera} сдан (строка журнала № {n}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="167"/>
        <source>{camera} is not out.</source>
        <translation>{camera} не выдан.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="179"/>
        <source>{camera} has never been issued.</source>
        <translation>{camera} ни разу не выдавался.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="182"/>
        <source>Remark recorded (entry {n}).</source>
        <translation>Примечание записано (запись № {n}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="190"/>
        <source>Malfunction recorded (entry {n}); issue a replacement with &apos;dalel replace&apos;.</source>
        <translation>Неисправность записана (запись № {n}); выдайте замену командой &apos;dalel replace&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="203"/>
        <source>Entry {n}: {camera} issued as a replacement.</source>
        <translation>Запись № {n}: {camera} выдан на замену.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_custody.py" line="223"/>
        <source>Entry {old} struck; correction recorded as entry {n} (Түзетілді).</source>
        <translation>Запись № {old} зачёркнута; исправление внесено как запись № {n} (Исправлено).</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="12"/>
        <source>inventory</source>
        <translation>инв. номер</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="11"/>
        <source>inspector</source>
        <translation>инспектор</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="88"/>
        <source>received</source>
        <translation>получил</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="89"/>
        <source>handed in</source>
        <translation>сдал</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="24"/>
        <source>downloaded</source>
        <translation>выгружено</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="91"/>
        <source>officer</source>
        <translation>ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="92"/>
        <source>remarks</source>
        <translation>примечания</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="96"/>
        <source>~N~ = struck through by a correction (R7)</source>
        <translation>~N~ = зачёркнуто исправлением (R7)</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="13"/>
        <location filename="../../app/cli/shown.py" line="71"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../../app/cli/shown.py" line="41"/>
        <source>local time ({zone})</source>
        <translation>местное время ({zone})</translation>
    </message>
    <message>
        <location filename="../../app/cli/shown.py" line="71"/>
        <source>issue</source>
        <translation>выдача</translation>
    </message>
    <message>
        <location filename="../../app/cli/shown.py" line="72"/>
        <source>corrects</source>
        <translation>исправляет</translation>
    </message>
    <message>
        <location filename="../../app/cli/shown.py" line="73"/>
        <source>data</source>
        <translation>данные</translation>
    </message>
    <message>
        <location filename="../../app/cli/shown.py" line="72"/>
        <source>hash</source>
        <translation>хэш</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="111"/>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="125"/>
        <source>rule</source>
        <translation>правило</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="10"/>
        <source>camera</source>
        <translation>видеорегистратор</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="128"/>
        <source>since</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_journal.py" line="129"/>
        <source>due</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="43"/>
        <source>docked cameras: list, download, clock, wipe</source>
        <translation>подключённые видеорегистраторы: список, выгрузка, часы, очистка</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="33"/>
        <source>look for camera volumes in DIR (repeatable)</source>
        <translation>искать тома видеорегистраторов в DIR (можно повторять)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="35"/>
        <source>the camera&apos;s volume</source>
        <translation>том видеорегистратора</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="36"/>
        <source>do not enumerate USB</source>
        <translation>не перечислять устройства USB</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="44"/>
        <source>list docked cameras</source>
        <translation>список подключённых видеорегистраторов</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="45"/>
        <source>download a camera&apos;s footage into the vault</source>
        <translation>выгрузить записи видеорегистратора в хранилище</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="49"/>
        <source>inventory number (else found by serial)</source>
        <translation>инвентарный номер (иначе ищется по серийному номеру)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="51"/>
        <source>ingest a folder (needs --camera)</source>
        <translation>выгрузить папку (нужен --camera)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="52"/>
        <source>wipe the card after a verified complete download</source>
        <translation>очистить карту после полной проверенной выгрузки</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="31"/>
        <source>confirm the wipe</source>
        <translation>подтвердить очистку</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="55"/>
        <source>set the camera&apos;s date and time from this PC (R1)</source>
        <translation>установить дату и время видеорегистратора по этому компьютеру (R1)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="60"/>
        <source>wipe the card after checking every file is in the vault</source>
        <translation>очистить карту, проверив, что каждый файл есть в хранилище</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="65"/>
        <source>wipe a card read as a folder (a card reader)</source>
        <translation>очистить карту, прочитанную как папка (картридер)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="68"/>
        <source>recording gaps (R13, R15)</source>
        <translation>пропуски записи (R13, R15)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="70"/>
        <source>issue entry number</source>
        <translation>номер записи о выдаче</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="72"/>
        <source>shortest gap to list, in minutes (5 unless given)</source>
        <translation>кратчайший перерыв для списка, в минутах (по умолчанию 5)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="74"/>
        <source>keep them for review</source>
        <translation>сохранить для проверки</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="75"/>
        <source>remove orphan temp files, quarantine unreferenced blobs</source>
        <translation>удалить бесхозные временные файлы, переместить файлы без ссылок в карантин</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="78"/>
        <source>then delete what the quarantine holds; only after a clean full check (audited)</source>
        <translation>затем удалить содержимое карантина; только после полной проверки без ошибок (в журнал аудита)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="94"/>
        <source>{problem} It was skipped; the other device profiles are in use.</source>
        <translation>{problem} Он пропущен; остальные профили устройств используются.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="129"/>
        <source>{path} is not a folder.</source>
        <translation>{path} не является папкой.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="158"/>
        <source>Camera {number} is not docked.</source>
        <translation>Видеорегистратор {number} не в док-станции.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="167"/>
        <source>UNREGISTERED (R4)</source>
        <translation>НЕ ЗАРЕГИСТРИРОВАН (R4)</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="15"/>
        <source>serial</source>
        <translation>серийный номер</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="36"/>
        <source>holder</source>
        <translation>у кого</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="37"/>
        <source>clock</source>
        <translation>часы</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="38"/>
        <source>battery</source>
        <translation>батарея</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="39"/>
        <source>recordings</source>
        <translation>записи</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="28"/>
        <source>volume</source>
        <translation>том</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="40"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="184"/>
        <source>No camera is docked.</source>
        <translation>Ни один видеорегистратор не подключён.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="217"/>
        <source>Say which camera the folder came from: --camera INVENTORY (R4).</source>
        <translation>Укажите, с какого видеорегистратора папка: --camera ИНВ_НОМЕР (R4).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="233"/>
        <source>Wipe the card after the download?</source>
        <translation>Очистить карту после выгрузки?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_devices.py" line="251"/>
        <source>%n new recording(s) stored; already in the vault: {d}; failed: {f}.</source>
        <translation>
            <numerusform>Сохранена %n новая запись; уже были в хранилище: {d}; с ошибкой: {f}.</numerusform>
            <numerusform>Сохранено %n новые записи; уже были в хранилище: {d}; с ошибкой: {f}.</numerusform>
            <numerusform>Сохранено %n новых записей; уже были в хранилище: {d}; с ошибкой: {f}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_devices.py" line="267"/>
        <source>%n file(s) wiped from the card.</source>
        <translation>
            <numerusform>С карты удалён %n файл.</numerusform>
            <numerusform>С карты удалено %n файла.</numerusform>
            <numerusform>С карты удалено %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="274"/>
        <source>The card was not wiped: the wipe was not confirmed (use --yes). What was downloaded is stored in the vault and stays on the card too.</source>
        <translation>Карта не очищена: очистка не подтверждена (используйте --yes). Выгруженное сохранено в хранилище и осталось также на карте.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_devices.py" line="373"/>
        <source>%n file(s) wiped after verification.</source>
        <translation>
            <numerusform>После проверки удалён %n файл.</numerusform>
            <numerusform>После проверки удалено %n файла.</numerusform>
            <numerusform>После проверки удалено %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_dock_more.py" line="61"/>
        <source>Temporary files removed: {t}; blobs quarantined: {q}; missing: {m}.</source>
        <translation>Удалено временных файлов: {t}; помещено в карантин: {q}; отсутствует: {m}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="301"/>
        <source>The volume {label} does not say which camera it is (a card in a reader?). Say which: --camera INVENTORY (R4); the choice is journalled.</source>
        <translation>Том {label} не сообщает, какой это видеорегистратор (карта в картридере?). Укажите: --camera ИНВ_НОМЕР (R4); выбор записывается в журнал.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="316"/>
        <source>{path} is not a camera volume that Dalel knows (no device profile matches it).</source>
        <translation>{path} — не том камеры, известной Dalel (ни один профиль устройства ему не соответствует).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="333"/>
        <source>Clock of {number} set to {time} ({method}).</source>
        <translation>Часы {number} установлены на {time} ({method}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="362"/>
        <source>Delete the footage from the card of {n}?</source>
        <translation>Удалить записи с карты {n}?</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_devices.py" line="367"/>
        <source>Nothing was deleted (not confirmed; use --yes).</source>
        <translation>Ничего не удалено (не подтверждено; используйте --yes).</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="41"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="42"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="43"/>
        <source>minutes</source>
        <translation>минут</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_dock_more.py" line="50"/>
        <source>No unexplained gaps.</source>
        <translation>Необъяснённых пропусков нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_dock_more.py" line="75"/>
        <source>Removed from the quarantine: %n file(s), {mb} MB.</source>
        <translation>
            <numerusform>Удалено из карантина: %n файл, {mb} МБ.</numerusform>
            <numerusform>Удалено из карантина: %n файла, {mb} МБ.</numerusform>
            <numerusform>Удалено из карантина: %n файлов, {mb} МБ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="129"/>
        <source>Pages look like 1-3,7.</source>
        <translation>Страницы указываются так: 1-3,7.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_print.py" line="149"/>
        <source>%n sheet(s) in the PDF</source>
        <translation>
            <numerusform>%n лист в PDF</numerusform>
            <numerusform>%n листа в PDF</numerusform>
            <numerusform>%n листов в PDF</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="151"/>
        <source>page {pages}</source>
        <translation>страница {pages}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="153"/>
        <source>pages {pages}</source>
        <translation>страницы {pages}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="158"/>
        <source>{path}: {kind}, volume {volume}, {pages} ({sheets}).</source>
        <translation>{path}: {kind}, том {volume}, {pages} ({sheets}).</translation>
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
        <translation>Укажите проверочный код страницы или --qr.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="31"/>
        <source>create the office&apos;s vault (R2)</source>
        <translation>создать хранилище учреждения (R2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="32"/>
        <source>the responsible officer&apos;s {what}</source>
        <translation>{what} ответственного лица</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="33"/>
        <source>the head&apos;s {what}</source>
        <translation>{what} руководителя</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="34"/>
        <source>the head&apos;s password (else $DALEL_HEAD_PASSWORD, else a prompt)</source>
        <translation>пароль руководителя (иначе $DALEL_HEAD_PASSWORD, иначе запрос)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="37"/>
        <source>the agency whose journal form is printed</source>
        <translation>ведомство, чья форма журнала печатается</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="39"/>
        <source>territorial unit&apos;s name</source>
        <translation>наименование территориального подразделения</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="41"/>
        <source>Argon2id work per unlock, calibrated on this PC (never below the floor)</source>
        <translation>трудоёмкость Argon2id при открытии, откалиброванная на этом компьютере (не ниже минимума)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="44"/>
        <source>unlock and show the vault&apos;s state</source>
        <translation>открыть хранилище и показать его состояние</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="45"/>
        <source>change your own password</source>
        <translation>сменить свой пароль</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="46"/>
        <source>the new password (else $DALEL_NEW_PASSWORD, else a prompt)</source>
        <translation>новый пароль (иначе $DALEL_NEW_PASSWORD, иначе запрос)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="48"/>
        <source>the head sets a new officer&apos;s password (R1, R2)</source>
        <translation>руководитель задаёт пароль нового ответственного лица (R1, R2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="51"/>
        <source>the officer&apos;s new password (else $DALEL_NEW_PASSWORD, else a prompt)</source>
        <translation>новый пароль ответственного лица (иначе $DALEL_NEW_PASSWORD, иначе запрос)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="53"/>
        <source>designate this member of staff (personnel number) as the new officer</source>
        <translation>назначить этого сотрудника (табельный номер) новым ответственным лицом</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="190"/>
        <source>Key slot copy {copy} is damaged ({reason}); the head&apos;s next unlock repairs it.</source>
        <translation>Копия ключевого слота {copy} повреждена ({reason}); её восстановит следующая разблокировка руководителем.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="196"/>
        <source>Key slot copy {copy} is damaged ({reason}); the responsible officer&apos;s next unlock repairs it.</source>
        <translation>Копия ключевого слота {copy} повреждена ({reason}); её восстановит следующая разблокировка ответственным лицом.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_settings.py" line="22"/>
        <source>show or change office settings</source>
        <translation>показать или изменить настройки учреждения</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_settings.py" line="23"/>
        <source>the setting to show or change (default: all)</source>
        <translation>настройка, которую показать или изменить (по умолчанию: все)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_settings.py" line="25"/>
        <source>its new value (lists comma-separated)</source>
        <translation>новое значение (списки через запятую)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_settings.py" line="33"/>
        <source>only records of this action (as --json names it)</source>
        <translation>только записи этого действия (как в --json)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_settings.py" line="35"/>
        <source>at most this many records (the latest)</source>
        <translation>не больше стольких записей (последние)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="58"/>
        <source>check every blob, the index and the chains; exit 0 only if intact</source>
        <translation>проверить каждый файл, индекс и цепочки; код выхода 0 только если всё цело</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="61"/>
        <source>do not decrypt the footage</source>
        <translation>не расшифровывать записи</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="63"/>
        <source>a checkpoint code from paper or a release manifest</source>
        <translation>код контрольной точки с бумаги или из манифеста выдачи</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_settings.py" line="32"/>
        <source>show the audit log</source>
        <translation>показать журнал аудита</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="68"/>
        <source>print a signed checkpoint of the journal to keep off the PC</source>
        <translation>вывести подписанную контрольную точку журнала для хранения вне компьютера</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="88"/>
        <source>Repeat: </source>
        <translation>Повторите: </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="91"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="105"/>
        <source>Officer&apos;s new password: </source>
        <translation>Новый пароль ответственного лица: </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="111"/>
        <source>Head&apos;s new password: </source>
        <translation>Новый пароль руководителя: </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="130"/>
        <source>Vault created at {path}.</source>
        <translation>Хранилище создано: {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="155"/>
        <source>Vault {path} ({role})</source>
        <translation>Хранилище {path} ({role})</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="157"/>
        <source>Journal entries: {n}</source>
        <translation>Записей в журнале: {n}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="158"/>
        <source>Footage recordings: {n}</source>
        <translation>Видеозаписей: {n}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="159"/>
        <source>Staff: {n}</source>
        <translation>Сотрудников: {n}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="165"/>
        <source>Signing key fingerprint (release packages): {fp}</source>
        <translation>Отпечаток ключа подписи (для пакетов выдачи): {fp}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="179"/>
        <source>Key slot copy {copy} was damaged and has been rewritten from {source}.</source>
        <translation>Копия ключевого слота {copy} была повреждена и перезаписана из {source}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="206"/>
        <source>Key slot copy {copy} is damaged ({reason}); no intact copy is left: restore keys/ from a backup.</source>
        <translation>Копия ключевого слота {copy} повреждена ({reason}); целой копии не осталось: восстановите keys/ из резервной копии.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_vault.py" line="230"/>
        <source>%n recording(s) are past their retention term and wait for the head&apos;s decision (R9): dalel retention list</source>
        <translation>
            <numerusform>У %n записи истёк срок хранения, она ждёт решения руководителя (R9): dalel retention list</numerusform>
            <numerusform>У %n записей истёк срок хранения, они ждут решения руководителя (R9): dalel retention list</numerusform>
            <numerusform>У %n записей истёк срок хранения, они ждут решения руководителя (R9): dalel retention list</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="252"/>
        <source>Swap not on an encrypted disk (memory holding keys and footage may be written there; use encrypted swap or none): {areas}</source>
        <translation>Подкачка (swap) не на зашифрованном диске (память с ключами и видеозаписями может попасть туда; используйте зашифрованную подкачку или отключите её): {areas}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="266"/>
        <source>Current password: </source>
        <translation>Текущий пароль: </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="269"/>
        <source>New password: </source>
        <translation>Новый пароль: </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="274"/>
        <source>Password changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="282"/>
        <source>New officer&apos;s password: </source>
        <translation>Пароль нового ответственного лица: </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="291"/>
        <source>The officer&apos;s password was set.</source>
        <translation>Пароль ответственного лица установлен.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="295"/>
        <source>{name} is now the responsible officer.</source>
        <translation>{name} теперь ответственное лицо.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_settings.py" line="54"/>
        <source>Unknown setting {key}.</source>
        <translation>Неизвестная настройка {key}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="22"/>
        <source>copy the vault, encrypted as it is, to an external drive or folder</source>
        <translation>скопировать хранилище в зашифрованном виде на внешний диск или в папку</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="25"/>
        <source>an existing folder on the backup drive (e.g. the drive&apos;s root)</source>
        <translation>существующая папка на диске для резервной копии (например, корень диска)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="27"/>
        <source>read every copy already on the drive again and compare its hash</source>
        <translation>заново прочитать каждую копию, уже находящуюся на диске, и сверить её хэш</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="29"/>
        <source>make a vault from a backup on this machine, then verify every recording</source>
        <translation>создать на этом компьютере хранилище из резервной копии и проверить каждую видеозапись</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="32"/>
        <source>the backup folder, or the drive or folder that holds it</source>
        <translation>папка резервной копии либо диск или папка, в которой она находится</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="34"/>
        <source>a new or empty folder for the restored vault</source>
        <translation>новая или пустая папка для восстанавливаемого хранилища</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_backup.py" line="77"/>
        <source>Backed up to {folder}: %n new file(s) copied ({mb} MB); already there: {skipped}; footage files in the backup: {blobs}.</source>
        <translation>
            <numerusform>Резервная копия записана в {folder}: скопирован %n новый файл ({mb} МБ); уже было: {skipped}; файлов видеозаписей в копии: {blobs}.</numerusform>
            <numerusform>Резервная копия записана в {folder}: скопировано %n новых файла ({mb} МБ); уже было: {skipped}; файлов видеозаписей в копии: {blobs}.</numerusform>
            <numerusform>Резервная копия записана в {folder}: скопировано %n новых файлов ({mb} МБ); уже было: {skipped}; файлов видеозаписей в копии: {blobs}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_backup.py" line="99"/>
        <source>Warning: %n footage file(s) named by the index are not in the vault folder; run dalel verify.</source>
        <translation>
            <numerusform>Внимание: %n файл видеозаписей, указанный в индексе, отсутствует в папке хранилища; запустите dalel verify.</numerusform>
            <numerusform>Внимание: %n файла видеозаписей, указанные в индексе, отсутствуют в папке хранилища; запустите dalel verify.</numerusform>
            <numerusform>Внимание: %n файлов видеозаписей, указанных в индексе, отсутствуют в папке хранилища; запустите dalel verify.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_backup.py" line="106"/>
        <source>Warning: the drive held %n damaged footage file(s) (not as they were written); each was copied again and checked.</source>
        <translation>
            <numerusform>Внимание: на диске был %n повреждённый файл видеозаписей (не такой, как был записан); он скопирован заново и проверен.</numerusform>
            <numerusform>Внимание: на диске было %n повреждённых файла видеозаписей (не такие, как были записаны); каждый скопирован заново и проверен.</numerusform>
            <numerusform>Внимание: на диске было %n повреждённых файлов видеозаписей (не такие, как были записаны); каждый скопирован заново и проверен.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_backup.py" line="168"/>
        <source>Restored %n file(s) ({mb} MB) from {source} (backup of {at}) into {to}.</source>
        <translation>
            <numerusform>Восстановлен %n файл ({mb} МБ) из {source} (резервная копия от {at}) в {to}.</numerusform>
            <numerusform>Восстановлено %n файла ({mb} МБ) из {source} (резервная копия от {at}) в {to}.</numerusform>
            <numerusform>Восстановлено %n файлов ({mb} МБ) из {source} (резервная копия от {at}) в {to}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="183"/>
        <source>Recordings that match their SHA-256: {intact} of {n}.</source>
        <translation>Видеозаписей, совпадающих со своим SHA-256: {intact} из {n}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_backup.py" line="191"/>
        <source>%n recording(s) have no footage kept (destroyed after their retention period).</source>
        <translation>
            <numerusform>У %n видеозаписи нет сохранённого файла (уничтожен по истечении срока хранения).</numerusform>
            <numerusform>У %n видеозаписей нет сохранённых файлов (уничтожены по истечении срока хранения).</numerusform>
            <numerusform>У %n видеозаписей нет сохранённых файлов (уничтожены по истечении срока хранения).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_vault.py" line="339"/>
        <source>VAULT DAMAGED OR ALTERED — %n problem(s):</source>
        <translation>
            <numerusform>ХРАНИЛИЩЕ ПОВРЕЖДЕНО ИЛИ ИЗМЕНЕНО — %n проблема:</numerusform>
            <numerusform>ХРАНИЛИЩЕ ПОВРЕЖДЕНО ИЛИ ИЗМЕНЕНО — %n проблемы:</numerusform>
            <numerusform>ХРАНИЛИЩЕ ПОВРЕЖДЕНО ИЛИ ИЗМЕНЕНО — %n проблем:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="93"/>
        <source>Checkpoint of the backup (also in {file}):
{code}</source>
        <translation>Контрольная точка резервной копии (также в {file}):
{code}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="118"/>
        <source>Warning: damaged key slot copies were not copied (the backup keeps its earlier ones): {names}.</source>
        <translation>Внимание: повреждённые копии ключевых слотов не скопированы (в резервной копии остались прежние): {names}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_backup.py" line="129"/>
        <source>Warning: the backup is on the same disk as the vault and will not survive that disk&apos;s loss; use an external drive.</source>
        <translation>Внимание: резервная копия находится на том же диске, что и хранилище, и не переживёт его потерю; используйте внешний диск.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="325"/>
        <source>Vault intact: {j} journal entries, {a} audit entries, {b} blobs ({mb} MB) decrypted and rehashed.</source>
        <translation>Хранилище цело: записей журнала {j}, записей аудита {a}, файлов {b} ({mb} МБ) расшифровано и перепроверено по хэшу.</translation>
    </message>
    <message>
        <location filename="../../app/cli/shown.py" line="56"/>
        <source>who</source>
        <translation>кто</translation>
    </message>
    <message>
        <location filename="../../app/cli/shown.py" line="57"/>
        <source>action</source>
        <translation>действие</translation>
    </message>
    <message>
        <location filename="../../app/cli/shown.py" line="57"/>
        <source>detail</source>
        <translation>подробности</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="359"/>
        <source>Audit log of {n} entries, head {head}.</source>
        <translation>Журнал аудита: записей — {n}, последний хэш {head}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_vault.py" line="365"/>
        <source>Journal of {n} entries, head {head}.
Checkpoint code:
{code}</source>
        <translation>Журнал: записей — {n}, последний хэш {head}.
Код контрольной точки:
{code}</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="96"/>
        <source>Cannot read the password file: {reason}.</source>
        <translation>Не удаётся прочитать файл пароля: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="66"/>
        <source>No password given: use --password-file or the {env} variable.</source>
        <translation>Пароль не указан: используйте --password-file или переменную {env}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="75"/>
        <source>The password holds bytes that are not UTF-8 text; type it in a UTF-8 terminal.</source>
        <translation>Пароль содержит байты, не являющиеся текстом UTF-8; наберите его в терминале UTF-8.</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="91"/>
        <source>The password file must be an ordinary file.</source>
        <translation>Файл с паролем должен быть обычным файлом.</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="105"/>
        <source>The password file must hold the password as one line of UTF-8 text.</source>
        <translation>Файл с паролем должен содержать пароль одной строкой текста в UTF-8.</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="111"/>
        <source>The password file {path} is empty: write the password in it as one line.</source>
        <translation>Файл пароля {path} пуст: запишите в него пароль одной строкой.</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.py" line="154"/>
        <source>Password ({role}): </source>
        <translation>Пароль ({role}): </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="28"/>
        <source>the staff register</source>
        <translation>реестр сотрудников</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="29"/>
        <source>register a staff member</source>
        <translation>зарегистрировать сотрудника</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="32"/>
        <source>the person&apos;s role (default: inspector)</source>
        <translation>роль сотрудника (по умолчанию: inspector — инспектор)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="33"/>
        <source>list staff</source>
        <translation>список сотрудников</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="34"/>
        <source>include those who left</source>
        <translation>включая уволившихся</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="35"/>
        <source>one person with history</source>
        <translation>один сотрудник с историей</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="37"/>
        <source>mark a person as no longer active</source>
        <translation>отметить, что сотрудник больше не работает</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="42"/>
        <source>the register of cameras and memory cards</source>
        <translation>реестр видеорегистраторов и карт памяти</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="43"/>
        <source>register a camera or card (R4)</source>
        <translation>зарегистрировать видеорегистратор или карту (R4)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="45"/>
        <source>camera, or card for a memory card</source>
        <translation>camera — видеорегистратор, card — карта памяти</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="47"/>
        <source>inventory number (mandatory, R4)</source>
        <translation>инвентарный номер (обязательно, R4)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="48"/>
        <source>the maker&apos;s serial number (how a docked camera is known)</source>
        <translation>серийный номер изготовителя (по нему узнаётся подключённый видеорегистратор)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="52"/>
        <source>date put in service, YYYY-MM-DD</source>
        <translation>дата ввода в эксплуатацию, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="54"/>
        <source>years (R19)</source>
        <translation>лет (R19)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="56"/>
        <source>the camera&apos;s USB vendor id, e.g. 0x4255</source>
        <translation>идентификатор производителя USB видеорегистратора, например 0x4255</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="58"/>
        <source>the camera&apos;s USB product id, e.g. 0x0001</source>
        <translation>идентификатор продукта USB видеорегистратора, например 0x0001</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="59"/>
        <source>the device still has its factory password</source>
        <translation>на устройстве всё ещё заводской пароль</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="61"/>
        <source>list devices</source>
        <translation>список устройств</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="63"/>
        <source>only this kind</source>
        <translation>только этот вид</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="65"/>
        <source>only in this state</source>
        <translation>только в этом состоянии</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="66"/>
        <source>one device with history</source>
        <translation>одно устройство с историей</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="68"/>
        <source>mark faulty, back in store, or written off</source>
        <translation>отметить неисправным, возвращённым на склад или списанным</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="71"/>
        <source>in_store (back in store), faulty, or written_off (cannot be undone)</source>
        <translation>in_store (возвращён на хранение), faulty (неисправен) или written_off (списан; отменить нельзя)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="74"/>
        <source>put a card in a camera and record the slot seal (R6)</source>
        <translation>вставить карту в видеорегистратор и записать пломбу слота (R6)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="78"/>
        <source>the memory card&apos;s inventory number</source>
        <translation>инвентарный номер карты памяти</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="80"/>
        <source>the camera&apos;s inventory number</source>
        <translation>инвентарный номер видеорегистратора</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="82"/>
        <source>devices near or past the end of their service life (R19)</source>
        <translation>устройства, срок службы которых истекает или истёк (R19)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="85"/>
        <source>how many days ahead count as near (default: the service_life_warn_days setting)</source>
        <translation>за сколько дней считать срок близким (по умолчанию: настройка service_life_warn_days)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="88"/>
        <source>kits the equipment norms allow for the headcount, and service life (R19)</source>
        <translation>число комплектов по нормам оснащения для численности и сроки службы (R19)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="92"/>
        <source>the office&apos;s staff (default: the office_headcount setting, else the active staff in the register)</source>
        <translation>численность подразделения (по умолчанию: настройка office_headcount, иначе действующие сотрудники реестра)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="106"/>
        <source>Registered {name} ({number}).</source>
        <translation>В реестр внесено: {name} ({number}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="31"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="32"/>
        <source>name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="21"/>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="22"/>
        <location filename="../../app/cli/shown.py" line="56"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="156"/>
        <source>{name} marked as no longer active.</source>
        <translation>{name}: отмечено, что больше не работает.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="175"/>
        <source>Camera {number} registered.</source>
        <translation>Видеорегистратор {number} зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="178"/>
        <source>Memory card {number} registered.</source>
        <translation>Карта памяти {number} зарегистрирована.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="184"/>
        <source>dalel: note: {number} mixes Latin and Cyrillic letters; it is found however it is typed, but check the label.</source>
        <translation>dalel: примечание: в номере {number} смешаны латинские и кириллические буквы; он находится при любом наборе, но проверьте наклейку.</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="16"/>
        <source>model</source>
        <translation>модель</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="18"/>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="19"/>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="20"/>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="30"/>
        <source>why (kept in the register&apos;s history)</source>
        <translation>причина (сохраняется в истории реестра)</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="33"/>
        <source>works here</source>
        <translation>работает</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="274"/>
        <source>as given</source>
        <translation>как указано</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="275"/>
        <source>office_headcount setting</source>
        <translation>настройка office_headcount</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="276"/>
        <source>active staff in the register</source>
        <translation>действующие сотрудники в реестре</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="279"/>
        <source>Headcount: {n} ({source}).</source>
        <translation>Численность: {n} ({source}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="281"/>
        <source>Kits the norms allow (R19): {allowed}; cameras registered: {cameras}.</source>
        <translation>Комплектов по нормам (R19): {allowed}; зарегистрировано видеорегистраторов: {cameras}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="289"/>
        <source>Cameras above the norm: {n}.</source>
        <translation>Видеорегистраторов сверх нормы: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="291"/>
        <source>Kits still allowed: {n}.</source>
        <translation>Ещё положено комплектов: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="293"/>
        <source>Service life ended (7 years):</source>
        <translation>Срок службы (7 лет) истёк:</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="294"/>
        <source>Service life ends soon:</source>
        <translation>Срок службы скоро истекает:</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="25"/>
        <location filename="../../app/cli/headings.py" line="27"/>
        <source>destroyed</source>
        <translation>уничтожено</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="26"/>
        <source>on hold</source>
        <translation>запрет на уничтожение</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="27"/>
        <source>past its term</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="28"/>
        <source>term ends soon</source>
        <translation>срок скоро истекает</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="29"/>
        <source>kept</source>
        <translation>хранится</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="22"/>
        <source>the recording&apos;s number (dalel footage list)</source>
        <translation>номер записи (dalel footage list)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="40"/>
        <source>stored recordings: list, change a category (R9)</source>
        <translation>хранимые записи: список, смена категории (R9)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="42"/>
        <source>recordings with their category, keep-until date, hold and destruction</source>
        <translation>записи с категорией, сроком хранения, запретом на уничтожение и уничтожением</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="24"/>
        <source>only this camera (inventory number)</source>
        <translation>только этот видеорегистратор (инвентарный номер)</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="26"/>
        <source>only this inspector (personnel number)</source>
        <translation>только этот инспектор (табельный номер)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="48"/>
        <source>only this category (R9)</source>
        <translation>только эта категория (R9)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="49"/>
        <source>at most this many, the latest first (default 1000)</source>
        <translation>не больше стольких, сначала последние (по умолчанию 1000)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="51"/>
        <source>change a recording&apos;s category, with the reason (R9)</source>
        <translation>сменить категорию записи с указанием причины (R9)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="55"/>
        <source>ordinary (kept 1 year), offence or inspection (5 years) (R9)</source>
        <translation>ordinary — обычная (хранится 1 год), offence — правонарушение или inspection — проверка (5 лет) (R9)</translation>
    </message>
    <message>
        <location filename="../../app/cli/shared_args.py" line="28"/>
        <source>why (required; kept in the audit log)</source>
        <translation>причина (обязательно; сохраняется в журнале аудита)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="59"/>
        <source>retention terms, holds and destruction of footage (R9)</source>
        <translation>сроки хранения записей, запрет на уничтожение и уничтожение (R9)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="61"/>
        <source>recordings past their term or reaching it soon</source>
        <translation>записи с истёкшим или скоро истекающим сроком</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="64"/>
        <source>how many days ahead count as soon</source>
        <translation>сколько дней вперёд считать «скоро»</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="65"/>
        <source>the head puts a recording on legal hold</source>
        <translation>руководитель запрещает уничтожение записи</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="67"/>
        <source>the head lifts a legal hold</source>
        <translation>руководитель снимает запрет на уничтожение</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="69"/>
        <source>the head destroys footage past its term (without --approve: what would go)</source>
        <translation>руководитель уничтожает записи с истёкшим сроком (без --approve: что будет уничтожено)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="73"/>
        <source>destroy it now (the head&apos;s session is the approval)</source>
        <translation>уничтожить сейчас (сеанс руководителя — это разрешение)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="75"/>
        <source>the officer confirms today&apos;s date after the clock moved</source>
        <translation>ответственное лицо подтверждает сегодняшнюю дату после сдвига часов</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="78"/>
        <source>today&apos;s date from a calendar, YYYY-MM-DD</source>
        <translation>сегодняшняя дата по календарю, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="121"/>
        <source>held: {reason}</source>
        <translation>запрет: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="161"/>
        <source>The clock moved BACK from {before} to {after}.</source>
        <translation>Часы сдвинулись НАЗАД: с {before} на {after}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="163"/>
        <source>The clock moved FORWARD from {before} to {after}.</source>
        <translation>Часы сдвинулись ВПЕРЁД: с {before} на {after}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="171"/>
        <source>Nothing is destroyed until the officer confirms today&apos;s date: dalel retention confirm-date YYYY-MM-DD</source>
        <translation>Пока ответственное лицо не подтвердит сегодняшнюю дату, ничего не уничтожается: dalel retention confirm-date ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="23"/>
        <source>recorded</source>
        <translation>записано</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="25"/>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="26"/>
        <source>keep until (R9)</source>
        <translation>хранить до (R9)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="31"/>
        <source>hold</source>
        <translation>запрет</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="221"/>
        <source>Nothing reaches the end of its term within {n} days.</source>
        <translation>Нет записей, срок хранения которых истекает в этот период (дней: {n}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="14"/>
        <source>state</source>
        <translation>состояние</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="240"/>
        <source>Recording {id} is on hold: it is not destroyed until the hold is lifted.</source>
        <translation>На уничтожение записи {id} наложен запрет: пока запрет не снят, она не уничтожается.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="253"/>
        <source>The hold on recording {id} is lifted; it is kept until {date} (R9).</source>
        <translation>Запрет на уничтожение записи {id} снят; она хранится до {date} (R9).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_footage.py" line="272"/>
        <source>Destroyed %n recording(s), {mb} MB; files removed: {files}. What was destroyed, when and by whose approval is kept in the audit log.</source>
        <translation>
            <numerusform>Уничтожена %n запись, {mb} МБ; удалено файлов: {files}. Что, когда и с чьего разрешения уничтожено, сохранено в журнале аудита.</numerusform>
            <numerusform>Уничтожено %n записи, {mb} МБ; удалено файлов: {files}. Что, когда и с чьего разрешения уничтожено, сохранено в журнале аудита.</numerusform>
            <numerusform>Уничтожено %n записей, {mb} МБ; удалено файлов: {files}. Что, когда и с чьего разрешения уничтожено, сохранено в журнале аудита.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_footage.py" line="292"/>
        <source>%n recording(s), {mb} MB would be destroyed. Nothing was done: add --approve to destroy them.</source>
        <translation>
            <numerusform>Будет уничтожена %n запись, {mb} МБ. Ничего не сделано: чтобы уничтожить, добавьте --approve.</numerusform>
            <numerusform>Будет уничтожено %n записи, {mb} МБ. Ничего не сделано: чтобы уничтожить, добавьте --approve.</numerusform>
            <numerusform>Будет уничтожено %n записей, {mb} МБ. Ничего не сделано: чтобы уничтожить, добавьте --approve.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="288"/>
        <source>Nothing is past its term.</source>
        <translation>Записей с истёкшим сроком хранения нет.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="203"/>
        <source>Recording {id}: the category is now {category}; kept until {date} (R9).</source>
        <translation>Запись {id}: категория теперь — {category}; хранится до {date} (R9).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="311"/>
        <source>The clock has not moved; there is nothing to confirm.</source>
        <translation>Часы не сдвигались; подтверждать нечего.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_footage.py" line="314"/>
        <source>Today&apos;s date {date} is confirmed and recorded.</source>
        <translation>Сегодняшняя дата {date} подтверждена и записана.</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="34"/>
        <source>in camera</source>
        <translation>в видеорегистраторе</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="35"/>
        <source>seal</source>
        <translation>пломба</translation>
    </message>
    <message>
        <location filename="../../app/cli/headings.py" line="17"/>
        <source>service ends</source>
        <translation>срок службы истекает</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_registers.py" line="245"/>
        <source>{card} is in {camera}, seal {seal}.</source>
        <translation>{card} вставлена в {camera}, пломба {seal}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="50"/>
        <source>vault folder (default: $DALEL_VAULT or the user data folder)</source>
        <translation>папка хранилища (по умолчанию: $DALEL_VAULT или папка данных пользователя)</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="53"/>
        <source>who unlocks: the responsible officer or the head</source>
        <translation>кто открывает: ответственное лицо или руководитель</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="54"/>
        <source>read the password from FILE (else $DALEL_PASSWORD, else a prompt)</source>
        <translation>прочитать пароль из FILE (иначе $DALEL_PASSWORD, иначе запрос)</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="56"/>
        <source>print machine-readable JSON</source>
        <translation>вывести машиночитаемый JSON</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="58"/>
        <source>language of messages (kk, ru, en)</source>
        <translation>язык сообщений (kk, ru, en)</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="66"/>
        <source>Dalel: body-camera custody journal and encrypted evidence vault.</source>
        <translation>Dalel: журнал выдачи видеорегистраторов и зашифрованное хранилище доказательств.</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="75"/>
        <source>show the program&apos;s version and exit</source>
        <translation>показать версию программы и выйти</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="172"/>
        <source>dalel: interrupted; nothing was half-written.</source>
        <translation>dalel: прервано; ничего не записано наполовину.</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="186"/>
        <source>{command} failed: an error in the program ({error}). Nothing was half-written: every record is stored whole or not at all.</source>
        <translation>{command}: не выполнено из-за ошибки в программе ({error}). Ничего не записано наполовину: каждая запись сохраняется целиком или не сохраняется вовсе.</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="191"/>
        <source>The details are in the log file {path}; please show it to your IT support.</source>
        <translation>Подробности — в файле журнала {path}; покажите его службе IT-поддержки.</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="194"/>
        <source>Please tell your IT support what you typed.</source>
        <translation>Сообщите службе IT-поддержки, что именно вы ввели.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="38"/>
        <source>the journal on paper: pages, closing page, reprints, blank book, page check (R7, R18)</source>
        <translation>журнал на бумаге: страницы, заключительная страница, повторная печать, пустая книга, проверка страницы (R7, R18)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="43"/>
        <source>print the rows not yet printed as new numbered pages</source>
        <translation>напечатать ещё не напечатанные строки как новые пронумерованные страницы</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="32"/>
        <source>PDF file to write</source>
        <translation>PDF-файл для записи</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="47"/>
        <source>also rows whose camera is still out or not yet downloaded</source>
        <translation>также строки, по которым видеорегистратор ещё не сдан или запись не выгружена</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="49"/>
        <source>print nothing: say which rows would print, why the others wait, and what to write in ink today</source>
        <translation>ничего не печатать: показать, какие строки будут напечатаны, почему остальные ждут и что сегодня вписать ручкой</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="53"/>
        <source>the sheet for signatures (R5): the rows issued so far as new numbered pages, columns 5–8 left for ink</source>
        <translation>лист для подписей (R5): строки, выданные к этому времени, новыми пронумерованными страницами; графы 5–8 оставлены для записи ручкой</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="59"/>
        <source>print nothing: say which rows the sheet would take</source>
        <translation>ничего не печатать: показать, какие строки войдут в лист</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="61"/>
        <source>close the volume: the closing page with the page count (R7)</source>
        <translation>закрыть том: заключительная страница с числом страниц (R7)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="65"/>
        <source>print pages again, marked as a duplicate (logged)</source>
        <translation>напечатать страницы повторно с отметкой «дубликат» (записывается в журнал аудита)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="70"/>
        <source>the volume&apos;s number</source>
        <translation>номер тома</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="71"/>
        <source>e.g. 1-3,7 (default: the whole volume)</source>
        <translation>например, 1-3,7 (по умолчанию: весь том)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="73"/>
        <source>the covers too</source>
        <translation>вместе с обложками</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="74"/>
        <source>an extract of the journal for a period (not book pages)</source>
        <translation>выписка из журнала за период (не страницы книги)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="79"/>
        <source>a blank pre-numbered book in the official form</source>
        <translation>пустая пронумерованная книга по официальной форме</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="84"/>
        <source>numbered pages in all, the closing page included</source>
        <translation>всего пронумерованных страниц, включая заключительную</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="86"/>
        <source>print without opening the vault, for this agency&apos;s form</source>
        <translation>напечатать без открытия хранилища, по форме этого органа</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="89"/>
        <source>the territorial unit&apos;s name</source>
        <translation>наименование территориального подразделения</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="90"/>
        <source>the volumes and their pages</source>
        <translation>тома и их страницы</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="91"/>
        <source>check a paper page against the vault (exit 0 only if true)</source>
        <translation>сверить бумажную страницу с хранилищем (код выхода 0 только при совпадении)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="95"/>
        <source>the check code printed on the page</source>
        <translation>проверочный код, напечатанный на странице</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="97"/>
        <source>the text of the page&apos;s QR code</source>
        <translation>текст QR-кода страницы</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="99"/>
        <source>the page number printed on the page</source>
        <translation>номер страницы, напечатанный на ней</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="101"/>
        <source>the volume number printed on the page</source>
        <translation>номер тома, напечатанный на странице</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="335"/>
        <source>struck</source>
        <translation>зачёркнута</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="185"/>
        <source>Give the PDF file to write, or --dry-run.</source>
        <translation>Укажите PDF-файл для записи или --dry-run.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="198"/>
        <source>Rows № {rows} printed ({n} in all).</source>
        <translation>Напечатаны строки № {rows} (всего {n}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="215"/>
        <source>Rows waiting ({n}):</source>
        <translation>Ожидающие строки ({n}):</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="236"/>
        <source>Open rows printed as at issue: № {rows}. The inspectors sign column 4 now; columns 5–8 are written in ink later (dalel print pages --dry-run lists the values each day).</source>
        <translation>Незавершённые строки напечатаны в состоянии на момент выдачи: № {rows}. Инспекторы расписываются в графе 4 сейчас; графы 5–8 заполняются позднее ручкой (значения на каждый день показывает dalel print pages --dry-run).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="288"/>
        <location filename="../../app/cli/headings.py" line="29"/>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="289"/>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="301"/>
        <source>opened</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="302"/>
        <source>pages</source>
        <translation>страницы</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="305"/>
        <source>Rows ready to print: {n}</source>
        <translation>Строк готово к печати: {n}</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="320"/>
        <source>TRUE PAGE</source>
        <translation>СТРАНИЦА ПОДЛИННАЯ</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="322"/>
        <source>REJECTED</source>
        <translation>НЕ СОВПАДАЕТ</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_print.py" line="329"/>
        <source>Volume {v}, page {p}, printed {at}.</source>
        <translation>Том {v}, страница {p}, напечатана {at}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_reports.py" line="31"/>
        <source>reports for the head: month, recording, audit log (PDF, CSV, XLSX)</source>
        <translation>отчёты для руководителя: месяц, запись, журнал аудита (PDF, CSV, XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_reports.py" line="26"/>
        <source>save to FILE (.pdf, .csv or .xlsx)</source>
        <translation>сохранить в FILE (.pdf, .csv или .xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_reports.py" line="33"/>
        <source>per inspector: days on duty, recordings and hours, late returns (R17), late downloads (R8), unexplained gaps (R13), copies released</source>
        <translation>по каждому инспектору: дни дежурства, записи и часы, поздний возврат (R17), поздняя выгрузка (R8), необъяснённые разрывы (R13), выданные копии</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_reports.py" line="39"/>
        <source>YYYY-MM (default: the current month)</source>
        <translation>ГГГГ-ММ (по умолчанию: текущий месяц)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_reports.py" line="41"/>
        <source>the chain of custody of one recording, from download to today</source>
        <translation>цепочка хранения одной записи: от выгрузки до сегодняшнего дня</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_reports.py" line="46"/>
        <source>the audit log for a span of days</source>
        <translation>журнал аудита за период</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_reports.py" line="62"/>
        <source>Saved {file} ({n} rows).</source>
        <translation>Сохранено: {file} (строк: {n}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_release.py" line="25"/>
        <source>the head releases a copy of recordings to an inspector as a signed package (R10)</source>
        <translation>руководитель выдаёт инспектору копию записей в виде подписанного пакета (R10)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_release.py" line="29"/>
        <source>recording numbers (dalel footage list shows them)</source>
        <translation>номера записей (их показывает dalel footage list)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_release.py" line="31"/>
        <source>an existing folder; the package is made inside it</source>
        <translation>существующая папка; пакет создаётся внутри неё</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_release.py" line="34"/>
        <source>the inspector&apos;s personnel number</source>
        <translation>табельный номер инспектора</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_release.py" line="36"/>
        <source>the service purpose, e.g. the case number</source>
        <translation>служебная цель, например номер дела</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_release.py" line="37"/>
        <source>check a released package without the vault; exit 0 only if intact</source>
        <translation>проверить пакет выдачи без хранилища; код 0 только если он цел</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_release.py" line="40"/>
        <source>the package&apos;s folder (as the recipient got it)</source>
        <translation>папка пакета (в том виде, в каком её получил получатель)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_release.py" line="42"/>
        <source>the office&apos;s signing key fingerprint (dalel status) the package must be signed with</source>
        <translation>отпечаток ключа учреждения (dalel status), которым должен быть подписан пакет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cmd_release.py" line="69"/>
        <source>Release {id}: %n file(s) to {to} in {folder}.
Signing key fingerprint: {fp}
The recipient checks it with: dalel verify-package {folder}</source>
        <translation>
            <numerusform>Выдача № {id}: %n файл, получатель: {to}, папка: {folder}.
Отпечаток ключа подписи: {fp}
Получатель проверяет её так: dalel verify-package {folder}</numerusform>
            <numerusform>Выдача № {id}: %n файла, получатель: {to}, папка: {folder}.
Отпечаток ключа подписи: {fp}
Получатель проверяет её так: dalel verify-package {folder}</numerusform>
            <numerusform>Выдача № {id}: %n файлов, получатель: {to}, папка: {folder}.
Отпечаток ключа подписи: {fp}
Получатель проверяет её так: dalel verify-package {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="93"/>
        <source>{value} is not a whole number from {low} to {high}.</source>
        <translation>{value} — не целое число от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="111"/>
        <source>{value} is not a number from {low} to {high}.</source>
        <translation>{value} — не число от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="127"/>
        <source>{value} is not a date written YYYY-MM-DD from {first} to {last}.</source>
        <translation>{value} — не дата в виде ГГГГ-ММ-ДД от {first} до {last}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="140"/>
        <source>from this day on</source>
        <translation>начиная с этого дня</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="142"/>
        <source>up to this day, included</source>
        <translation>по этот день включительно</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="153"/>
        <source>{first} {since} is after {second} {until}: the period runs backwards; give the earlier date first.</source>
        <translation>{first} {since} позже, чем {second} {until}: период задан в обратном порядке; сначала укажите более раннюю дату.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="161"/>
        <source>{value} holds bytes that are not UTF-8 text; type it again in a UTF-8 terminal.</source>
        <translation>{value} содержит байты, не являющиеся текстом UTF-8; наберите значение заново в терминале UTF-8.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="165"/>
        <source>{value} holds a control character (such as NUL), which cannot be stored.</source>
        <translation>{value} содержит управляющий символ (например, NUL), который нельзя сохранить.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="169"/>
        <source>{value} holds an invisible direction override, which would make it read differently than it is stored.</source>
        <translation>{value} содержит невидимый символ смены направления текста: из-за него текст читается не так, как хранится.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="174"/>
        <source>The text is too long ({n} characters); at most {limit} are allowed.</source>
        <translation>Текст слишком длинный ({n} симв.); допускается не более {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="198"/>
        <source>{value} has a file or folder name longer than {n} bytes.</source>
        <translation>{value} содержит имя файла или папки длиннее {n} байт.</translation>
    </message>
    <message>
        <location filename="../../app/cli/argtypes.py" line="219"/>
        <source>{value} is a folder; give the name of the file to write, such as journal.pdf.</source>
        <translation>{value} — это папка; укажите имя файла для записи, например journal.pdf.</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="28"/>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} не входит в число допустимых значений: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="32"/>
        <source>{value} is not a valid value here.</source>
        <translation>{value} — здесь недопустимое значение.</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="36"/>
        <source>a value must follow it.</source>
        <translation>после него нужно указать значение.</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="40"/>
        <source>it takes no value ({value}).</source>
        <translation>значение для него не указывается ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="44"/>
        <source>it cannot be given together with {other}.</source>
        <translation>его нельзя указывать вместе с {other}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="48"/>
        <source>These must be given: {names}.</source>
        <translation>Нужно обязательно указать: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="52"/>
        <source>Not understood: {words}.</source>
        <translation>Не распознано: {words}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="56"/>
        <source>{option} could mean {matches}; write the option in full.</source>
        <translation>{option} может означать {matches}; напишите параметр полностью.</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="92"/>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="107"/>
        <source>show this help and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="113"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py" line="114"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/model/registers.py" line="207"/>
        <source>Dates are written as YYYY-MM-DD.</source>
        <translation>Даты записываются как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../app/devices/card.py" line="34"/>
        <source>{name}: a link on the card; links are never followed. Left on the card.</source>
        <translation>{name}: ссылка на карте; по ссылкам программа не переходит. Оставлено на карте.</translation>
    </message>
    <message>
        <location filename="../../app/devices/card.py" line="36"/>
        <source>{name}: not a regular file. Left on the card.</source>
        <translation>{name}: не обычный файл. Оставлено на карте.</translation>
    </message>
    <message>
        <location filename="../../app/devices/card.py" line="37"/>
        <source>{name}: the file is empty (0 bytes). Left on the card.</source>
        <translation>{name}: файл пуст (0 байт). Оставлен на карте.</translation>
    </message>
    <message>
        <location filename="../../app/devices/card.py" line="39"/>
        <source>{name}: the folder cannot be read ({reason}). Left on the card.</source>
        <translation>{name}: папку невозможно прочитать ({reason}). Оставлено на карте.</translation>
    </message>
    <message>
        <location filename="../../app/devices/card.py" line="41"/>
        <source>{name}: folders nested too deep. Left on the card.</source>
        <translation>{name}: слишком глубокая вложенность папок. Оставлено на карте.</translation>
    </message>
    <message>
        <location filename="../../app/devices/drivers/ambarella.py" line="27"/>
        <source>The camera&apos;s USB connection was not found; its clock and disk mode cannot be reached.</source>
        <translation>USB-подключение видеорегистратора не найдено; его часы и режим диска недоступны.</translation>
    </message>
    <message>
        <location filename="../../app/devices/drivers/ambarella.py" line="50"/>
        <source>The camera still accepts the factory-default password {password}; change it on the camera.</source>
        <translation>Видеорегистратор всё ещё принимает заводской пароль {password}; смените его на видеорегистраторе.</translation>
    </message>
    <message>
        <location filename="../../app/devices/drivers/mass_storage.py" line="26"/>
        <source>The camera or card at {mount} was removed during the work. Nothing on the card was deleted and nothing half-copied was kept; dock it again to continue.</source>
        <translation>Видеорегистратор или карта {mount} были извлечены во время работы. С карты ничего не удалено, частично скопированное не сохранено; вставьте снова, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../app/devices/drivers/mass_storage.py" line="116"/>
        <source>This camera model ({model}) cannot have its clock set by the program; set it on the camera and tick the check (R1, R11).</source>
        <translation>Программа не может установить часы этой модели ({model}); установите их на самом видеорегистраторе и отметьте проверку (R1, R11).</translation>
    </message>
    <message>
        <location filename="../../app/devices/profiles.py" line="62"/>
        <source>The device profile {path} is not valid: {reason}.</source>
        <translation>Профиль устройства {path} недействителен: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/devices/usbscan.py" line="121"/>
        <source>The camera is no longer connected (USB {vid}:{pid}).</source>
        <translation>Видеорегистратор больше не подключён (USB {vid}:{pid}).</translation>
    </message>
    <message>
        <location filename="../../app/devices/usbscan.py" line="132"/>
        <source>The camera did not answer over USB ({reason}). Check the cable or dock and try again.</source>
        <translation>Видеорегистратор не ответил по USB ({reason}). Проверьте кабель или док-станцию и повторите.</translation>
    </message>
    <message>
        <location filename="../../app/devices/usbscan.py" line="149"/>
        <source>The camera refused the command {cmd}: {why}.</source>
        <translation>Видеорегистратор отклонил команду {cmd}: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="30"/>
        <source>there is no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="31"/>
        <source>a part of the path is not a folder</source>
        <translation>часть пути не является папкой</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="32"/>
        <source>it is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="33"/>
        <location filename="../../app/fsutil.py" line="34"/>
        <source>access is denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="35"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="36"/>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="37"/>
        <source>the disk reported a read/write error</source>
        <translation>диск сообщил об ошибке чтения/записи</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="55"/>
        <source>The disk is full while writing {what}. Nothing was lost; free some space and try again.</source>
        <translation>Диск заполнен при записи {what}. Ничего не потеряно; освободите место и повторите.</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="58"/>
        <source>The disk is read-only: {what}.</source>
        <translation>Диск доступен только для чтения: {what}.</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="61"/>
        <source>The disk reported a read/write error on {what}.</source>
        <translation>Диск сообщил об ошибке чтения/записи: {what}.</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="64"/>
        <source>Could not read {what}: {reason}.</source>
        <translation>Не удалось прочитать {what}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/fsutil.py" line="66"/>
        <location filename="../../app/model/backup_copy.py" line="363"/>
        <source>Could not write {what}: {reason}.</source>
        <translation>Не удалось записать {what}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="34"/>
        <source>{name}: the card cannot be read here ({reason}); the card may be damaged. The file is left on the card and was not copied.</source>
        <translation>{name}: это место карты не читается ({reason}); карта может быть повреждена. Файл оставлен на карте и не скопирован.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="41"/>
        <source>{name}: the file changed while it was being copied (is the camera still recording?). It is left on the card; dock the camera again when it is idle.</source>
        <translation>{name}: файл изменился во время копирования (видеорегистратор всё ещё пишет?). Он оставлен на карте; вставьте видеорегистратор снова, когда он будет свободен.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="48"/>
        <source>{name}: only {got} of {expected} bytes could be read. The file is left on the card.</source>
        <translation>{name}: удалось прочитать лишь {got} из {expected} байт. Файл оставлен на карте.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="54"/>
        <source>The download was stopped. Recordings already stored are kept; nothing was deleted from the card.</source>
        <translation>Загрузка остановлена. Уже сохранённые записи остаются; с карты ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="60"/>
        <source>The camera or card at {mount} was removed during the download. Recordings already stored are kept, nothing half-copied was kept, nothing was deleted from the card; dock it again to continue.</source>
        <translation>Видеорегистратор или карта {mount} были извлечены во время загрузки. Уже сохранённые записи остаются, частично скопированное не сохранено, с карты ничего не удалено; вставьте снова, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="67"/>
        <source>The vault disk refused the download: {reason} Recordings already stored are kept; nothing was deleted from the card.</source>
        <translation>Диск хранилища отказал в загрузке: {reason} Уже сохранённые записи остаются; с карты ничего не удалено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ingest/errors.py" line="77"/>
        <source>The vault refused to record the download: {reason} None of the %n recording(s) copied in this run was stored; they all stay on the card, and nothing was deleted from it. Dock the camera again once the disk has room.</source>
        <translation>
            <numerusform>Хранилище отказалось записать загрузку: {reason} Скопированная в этот раз %n запись не сохранена; она остаётся на карте, с карты ничего не удалено. Подключите видеорегистратор снова, когда на диске освободится место.</numerusform>
            <numerusform>Хранилище отказалось записать загрузку: {reason} Ни одна из %n записей, скопированных в этот раз, не сохранена; все они остаются на карте, с карты ничего не удалено. Подключите видеорегистратор снова, когда на диске освободится место.</numerusform>
            <numerusform>Хранилище отказалось записать загрузку: {reason} Ни одна из %n записей, скопированных в этот раз, не сохранена; все они остаются на карте, с карты ничего не удалено. Подключите видеорегистратор снова, когда на диске освободится место.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="85"/>
        <source>{name}: the copy written to the vault did not read back correctly (verification failed), so it was not kept. The file is left on the card; dock the camera again to copy it anew. If this repeats, check the vault disk.</source>
        <translation>{name}: копия, записанная в хранилище, не прочиталась правильно (проверка не пройдена), поэтому не сохранена. Файл остался на карте; подключите видеорегистратор снова, чтобы скопировать его заново. Если это повторяется, проверьте диск хранилища.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="93"/>
        <source>This camera (serial {serial}) is not registered. Register it with an inventory number before its footage can be taken (R4).</source>
        <translation>Этот видеорегистратор (серийный номер {serial}) не зарегистрирован. Зарегистрируйте его с инвентарным номером, прежде чем забирать записи (R4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ingest/errors.py" line="100"/>
        <source>The card was not wiped: %n file(s), e.g. {first}, are not yet stored and verified in the vault (R1, R14).</source>
        <translation>
            <numerusform>Карта не очищена: %n файл, например {first}, ещё не сохранён и не проверен в хранилище (R1, R14).</numerusform>
            <numerusform>Карта не очищена: %n файла, например {first}, ещё не сохранены и не проверены в хранилище (R1, R14).</numerusform>
            <numerusform>Карта не очищена: %n файлов, например {first}, ещё не сохранены и не проверены в хранилище (R1, R14).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ingest/errors.py" line="106"/>
        <source>The copying process stopped during the download. Recordings already stored are kept, nothing half-copied was kept, nothing was deleted from the card; dock it again to continue.</source>
        <translation>Процесс копирования остановился во время загрузки. Уже сохранённые записи остаются, частично скопированное не сохранено, с карты ничего не удалено; вставьте снова, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="53"/>
        <source>Footage file {blob} is damaged: {detail}.</source>
        <translation>Файл записи {blob} повреждён: {detail}.</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="161"/>
        <source>header cut short</source>
        <translation>заголовок обрезан</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="167"/>
        <source>unknown header</source>
        <translation>неизвестный заголовок</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="169"/>
        <source>more chunks than a blob can have</source>
        <translation>блоков больше, чем допустимо для одного файла</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="189"/>
        <source>cut short at chunk {index}</source>
        <translation>обрезан на блоке № {index}</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="199"/>
        <source>chunk {index} fails authentication (cut short or altered)</source>
        <translation>блок № {index} не проходит проверку подлинности (обрезан или изменён)</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="201"/>
        <source>chunk {index} fails authentication</source>
        <translation>блок № {index} не проходит проверку подлинности</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="324"/>
        <location filename="../../app/model/blobs.py" line="329"/>
        <location filename="../../app/model/keyslots.py" line="333"/>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="327"/>
        <location filename="../../app/model/verify.py" line="203"/>
        <source>file is missing</source>
        <translation>файл отсутствует</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="350"/>
        <location filename="../../app/model/verify.py" line="265"/>
        <source>content does not match its recorded SHA-256</source>
        <translation>содержимое не соответствует записанному SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="369"/>
        <source>stored chunks differ from those written</source>
        <translation>сохранённые блоки отличаются от записанных</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_period.py" line="38"/>
        <source>the camera works</source>
        <translation>видеорегистратор работает</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_period.py" line="39"/>
        <source>battery charged</source>
        <translation>батарея заряжена</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_period.py" line="40"/>
        <source>date and time are right</source>
        <translation>дата и время верны</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_period.py" line="41"/>
        <source>photo/video quality settings</source>
        <translation>настройки качества фото/видео</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_period.py" line="42"/>
        <source>the inspector wears the badge</source>
        <translation>на инспекторе нагрудный знак</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_lookup.py" line="33"/>
        <source>There is no issue entry {id}.</source>
        <translation>Записи о выдаче {id} нет.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_lookup.py" line="88"/>
        <source>Only the responsible officer keeps the journal (R1, R5); unlock as the officer to record this.</source>
        <translation>Журнал ведёт только ответственное лицо (R1, R5); чтобы записать это, войдите как ответственное лицо.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_lookup.py" line="95"/>
        <source>{name} is no longer active and cannot receive a camera.</source>
        <translation>{name} больше не активен и не может получить видеорегистратор.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_lookup.py" line="99"/>
        <source>{name} is not registered as an inspector.</source>
        <translation>{name} не зарегистрирован как инспектор.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_lookup.py" line="118"/>
        <source>{number} is not a {kind}.</source>
        <translation>{number} — не {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_lookup.py" line="125"/>
        <source>{number} is already issued; it must be returned first.</source>
        <translation>{number} уже выдан; сначала его нужно сдать.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_lookup.py" line="127"/>
        <source>{number} is marked faulty and cannot be issued.</source>
        <translation>{number} отмечен как неисправный и не может быть выдан.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_lookup.py" line="128"/>
        <source>{number} is written off and cannot be issued.</source>
        <translation>{number} списан и не может быть выдан.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="52"/>
        <source>{number} still has the factory password: anyone who finds it can read or erase its recordings. Change the password on the camera, then confirm it here; the confirmation is written in the journal.</source>
        <translation>У {number} всё ещё заводской пароль: любой, кто его найдёт, может прочитать или стереть записи. Смените пароль на видеорегистраторе и подтвердите это здесь; подтверждение записывается в журнал.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="60"/>
        <source>{number} reached the end of its service life on {date} (R19, 7 years). Issue another camera, or give the reason it still goes out; the reason is written in the journal.</source>
        <translation>Срок службы {number} истёк {date} (R19, 7 лет). Выдайте другой видеорегистратор или укажите, почему выдаётся этот; причина записывается в журнал.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="71"/>
        <source>Seal the card slot and enter the seal number (R6).</source>
        <translation>Опломбируйте слот карты и введите номер пломбы (R6).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="76"/>
        <source>The pre-use check is not complete (R11, R12): {missing}.</source>
        <translation>Проверка перед использованием не завершена (R11, R12): {missing}.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="81"/>
        <source>The battery is at {percent} %, below the {minimum} % this office requires before use (R11). Charge it or issue another camera; to issue it anyway, confirm the override (it is written in the journal).</source>
        <translation>Заряд батареи {percent} %, ниже требуемых в этом офисе перед использованием {minimum} % (R11). Зарядите его или выдайте другой видеорегистратор; чтобы всё же выдать, подтвердите исключение (оно записывается в журнал).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="90"/>
        <source>{name} already holds a camera; only a replacement for a failed camera may be issued on top of it (R16).</source>
        <translation>У {name} уже есть видеорегистратор; дополнительно можно выдать только замену неисправного (R16).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="96"/>
        <source>A replacement goes to the inspector whose camera failed.</source>
        <translation>Замена выдаётся инспектору, чей видеорегистратор неисправен.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="99"/>
        <source>Record the malfunction (cause and time reported) before issuing a replacement (R16).</source>
        <translation>Перед выдачей замены запишите неисправность (причину и время сообщения) (R16).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="156"/>
        <source>{number} is not issued, so it cannot be returned.</source>
        <translation>{number} не выдан, поэтому его нельзя принять.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="195"/>
        <source>Remark type must be one of: {choices}.</source>
        <translation>Тип примечания должен быть одним из: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="200"/>
        <source>That camera has already been returned; this remark belongs to a camera that is out.</source>
        <translation>Этот видеорегистратор уже сдан; такое примечание относится к выданному видеорегистратору.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="204"/>
        <source>Say what failed (the cause).</source>
        <translation>Укажите, что неисправно (причину).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="206"/>
        <location filename="../../app/model/custody_corrections.py" line="121"/>
        <source>The remark is empty.</source>
        <translation>Примечание пустое.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="210"/>
        <source>A meal break is already in progress for this camera.</source>
        <translation>Для этого видеорегистратора перерыв на обед уже идёт.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody.py" line="213"/>
        <source>There is no meal break in progress to end.</source>
        <translation>Нет идущего перерыва на обед, который можно завершить.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="27"/>
        <source>A correction needs a reason (R7).</source>
        <translation>Для исправления нужна причина (R7).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="32"/>
        <source>Entry {seq} has already been corrected by entry {newer}; correct that one (R7).</source>
        <translation>Запись № {seq} уже исправлена записью № {newer}; исправляйте её (R7).</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="58"/>
        <source>Entry {seq} has already been corrected; correct the newer entry.</source>
        <translation>Запись {seq} уже исправлена; исправляйте более новую запись.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="45"/>
        <source>Entries of this kind are made by the program and cannot be corrected.</source>
        <translation>Такие записи делает программа, их нельзя исправить.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="51"/>
        <source>An issue entry can be corrected in: inspector, camera, card, seal.</source>
        <translation>В записи о выдаче можно исправить: инспектора, видеорегистратор, карту, пломбу.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="80"/>
        <source>{number} was out with someone else at that time.</source>
        <translation>В это время {number} был у другого сотрудника.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="85"/>
        <source>{name} already holds a camera.</source>
        <translation>У {name} уже есть видеорегистратор.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="117"/>
        <source>A remark is corrected by its text.</source>
        <translation>Примечание исправляется по его тексту.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="134"/>
        <source>A struck-out return is corrected by restoring it.</source>
        <translation>Зачёркнутая запись о сдаче исправляется её восстановлением.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="140"/>
        <source>The camera has been returned or issued again since; the struck return cannot be restored.</source>
        <translation>С тех пор видеорегистратор снова сдан или выдан; зачёркнутую запись о сдаче восстановить нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="150"/>
        <source>A return recorded by mistake is struck out (void); record the right return next.</source>
        <translation>Ошибочно записанная сдача зачёркивается; затем запишите верную сдачу.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="155"/>
        <source>That camera has been issued again since; the return cannot be struck.</source>
        <translation>С тех пор этот видеорегистратор выдавался снова; сдачу зачеркнуть нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/model/custody_corrections.py" line="158"/>
        <source>Footage was already downloaded after this return; add a remark instead.</source>
        <translation>После этой сдачи записи уже загружены; вместо этого добавьте примечание.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="76"/>
        <source>The vault index is damaged ({reason}): a part of it fails its check, so nothing more is written to it. Nothing was recorded; run &quot;dalel verify&quot; to see which part, and restore the index from a backup.</source>
        <translation>Индекс хранилища повреждён ({reason}): часть его не проходит проверку, поэтому в него больше ничего не записывается. Ничего не записано; выполните &quot;dalel verify&quot;, чтобы узнать, какая часть повреждена, и восстановите индекс из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="101"/>
        <source>The vault disk is full. Nothing was recorded; free some space and try again.</source>
        <translation>Диск хранилища заполнен. Ничего не записано; освободите место и повторите.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="110"/>
        <source>The vault is on a read-only disk. Nothing was recorded.</source>
        <translation>Хранилище находится на диске только для чтения. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="115"/>
        <source>The vault disk reported a read/write error. Nothing was recorded; check the disk.</source>
        <translation>Диск хранилища сообщил об ошибке чтения/записи. Ничего не записано; проверьте диск.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="119"/>
        <source>The vault is busy with another program. Nothing was recorded; try again.</source>
        <translation>Хранилище занято другой программой. Ничего не записано; повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="121"/>
        <source>The vault index refused the change: {reason}. Nothing was recorded.</source>
        <translation>Индекс хранилища отклонил изменение: {reason}. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="152"/>
        <source>The vault index {path} is missing.</source>
        <translation>Индекс хранилища {path} отсутствует.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="173"/>
        <source>The vault index cannot be opened: {reason}.</source>
        <translation>Не удаётся открыть индекс хранилища: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="200"/>
        <source>The password is right but the vault index is damaged or was replaced ({reason}). Restore it from a backup.</source>
        <translation>Пароль верный, но индекс хранилища повреждён или подменён ({reason}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="70"/>
        <source>This vault was written by a newer Dalel (schema {found}); update the program.</source>
        <translation>Это хранилище записано более новой версией Dalel (схема {found}); обновите программу.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="85"/>
        <source>The vault index {path} is empty or holds no schema: it was emptied or replaced. Nothing was written to it; restore the index from a backup.</source>
        <translation>Индекс хранилища {path} пуст или не содержит схемы: его очистили или подменили. В него ничего не записано; восстановите индекс из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="337"/>
        <source>the index cannot be read whole: {why}</source>
        <translation>индекс не читается целиком: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="344"/>
        <source>pages cannot be checked: {why}</source>
        <translation>страницы невозможно проверить: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="357"/>
        <source>cannot be read ({why}): a page of it is damaged or was altered</source>
        <translation>не читается ({why}): одна из её страниц повреждена или изменена</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="389"/>
        <source>page {page}</source>
        <translation>страница {page}</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="394"/>
        <source>table {name}</source>
        <translation>таблица {name}</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="404"/>
        <source>the file&apos;s structure is damaged</source>
        <translation>структура файла повреждена</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="406"/>
        <source>the file is not this vault&apos;s index (overwritten, or another key)</source>
        <translation>файл не является индексом этого хранилища (перезаписан или другой ключ)</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="409"/>
        <source>a search index does not match its table (damaged or altered)</source>
        <translation>поисковый индекс не соответствует своей таблице (повреждён или изменён)</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="412"/>
        <source>page {page} of the file is damaged</source>
        <translation>страница {page} файла повреждена</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="414"/>
        <source>page {page} fails its authentication (damaged or altered)</source>
        <translation>страница {page} не проходит проверку подлинности (повреждена или изменена)</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="425"/>
        <source>SQLite reports: {detail}</source>
        <translation>Сообщение SQLite: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/model/db.py" line="429"/>
        <source>The vault index is damaged ({reason}). Restore the index from a backup; while the vault still opens, &quot;dalel verify&quot; names the damaged part.</source>
        <translation>Индекс хранилища повреждён ({reason}). Восстановите индекс из резервной копии; пока хранилище ещё открывается, &quot;dalel verify&quot; назовёт повреждённую часть.</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="265"/>
        <location filename="../../app/model/retention.py" line="125"/>
        <source>No footage with id {id}.</source>
        <translation>Записи с идентификатором {id} нет.</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="361"/>
        <source>Only the category is marked here.</source>
        <translation>Здесь отмечается только категория.</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="363"/>
        <source>Category must be one of: {choices}.</source>
        <translation>Категория должна быть одной из: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="367"/>
        <source>Say why the category changes: it decides how long the recording is kept (R9).</source>
        <translation>Укажите причину смены категории: от неё зависит срок хранения записи (R9).</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="372"/>
        <source>Recording {id} is already in that category.</source>
        <translation>Запись {id} уже в этой категории.</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="433"/>
        <source>Recording {id} was destroyed on {date} after its retention term (R9); only its record is kept.</source>
        <translation>Запись {id} уничтожена {date} по истечении срока хранения (R9); сохранён только учёт о ней.</translation>
    </message>
    <message>
        <location filename="../../app/model/footage.py" line="442"/>
        <source>The note is empty.</source>
        <translation>Заметка пустая.</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="40"/>
        <source>not a Dalel checkpoint code</source>
        <translation>это не код контрольной точки Dalel</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="41"/>
        <source>the journal size is not a number of entries</source>
        <translation>размер журнала не является числом записей</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="42"/>
        <source>the audit log size is not a number of entries</source>
        <translation>размер журнала аудита не является числом записей</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="43"/>
        <source>the journal head is not {length} bytes of hex</source>
        <translation>последний хэш журнала не является {length} байтами в шестнадцатеричной записи</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="44"/>
        <source>the audit head is not {length} bytes of hex</source>
        <translation>последний хэш журнала аудита не является {length} байтами в шестнадцатеричной записи</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="45"/>
        <source>the signature is not {length} bytes of hex</source>
        <translation>подпись не является {length} байтами в шестнадцатеричной записи</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="119"/>
        <source>the vault id is not readable</source>
        <translation>идентификатор хранилища не читается</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="133"/>
        <source>too long to be a checkpoint code</source>
        <translation>слишком длинный для кода контрольной точки</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="150"/>
        <source>The checkpoint code is not readable: {reason}.</source>
        <translation>Код контрольной точки не читается: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="156"/>
        <source>{text} is not a whole number</source>
        <translation>{text} не является целым числом</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="196"/>
        <source>There is no journal entry {seq}.</source>
        <translation>Записи журнала {seq} нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/journal.py" line="189"/>
        <source>The journal has fewer than %n entries.</source>
        <translation>
            <numerusform>В журнале меньше %n записи.</numerusform>
            <numerusform>В журнале меньше %n записей.</numerusform>
            <numerusform>В журнале меньше %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="225"/>
        <source>checkpoint belongs to another vault</source>
        <translation>контрольная точка относится к другому хранилищу</translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="229"/>
        <source>checkpoint signature is not valid</source>
        <translation>подпись контрольной точки недействительна</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/journal.py" line="233"/>
        <source>journal is shorter than the checkpoint (%n entries)</source>
        <translation>
            <numerusform>журнал короче контрольной точки (%n запись)</numerusform>
            <numerusform>журнал короче контрольной точки (%n записи)</numerusform>
            <numerusform>журнал короче контрольной точки (%n записей)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="236"/>
        <source>journal differs from the checkpoint at or before entry {seq}</source>
        <translation>журнал расходится с контрольной точкой в записи № {seq} или раньше</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/journal.py" line="244"/>
        <source>audit log is shorter than the checkpoint (%n entries)</source>
        <translation>
            <numerusform>журнал аудита короче контрольной точки (%n запись)</numerusform>
            <numerusform>журнал аудита короче контрольной точки (%n записи)</numerusform>
            <numerusform>журнал аудита короче контрольной точки (%n записей)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/journal.py" line="248"/>
        <source>audit log differs from the checkpoint at or before entry {seq}</source>
        <translation>журнал аудита расходится с контрольной точкой в записи № {seq} или раньше</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="70"/>
        <source>A key slot asks for weaker protection than Dalel allows; the vault may have been tampered with.</source>
        <translation>Слот ключа требует более слабой защиты, чем допускает Dalel; возможно, хранилище подделано.</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="115"/>
        <location filename="../../app/model/keyslots.py" line="120"/>
        <source>{what} is not base64 text</source>
        <translation>{what}: не текст base64</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="123"/>
        <source>{what} has {got} bytes, not {length}</source>
        <translation>{what}: {got} байт вместо {length}</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="185"/>
        <source>A copy of the key slot is damaged: {reason}.</source>
        <translation>Копия ключевого слота повреждена: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="206"/>
        <source>Argon2 passes</source>
        <translation>число проходов Argon2</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="207"/>
        <source>Argon2 memory</source>
        <translation>память Argon2</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="208"/>
        <source>Argon2 lanes</source>
        <translation>число потоков Argon2</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="209"/>
        <source>salt</source>
        <translation>соль</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="210"/>
        <source>nonce</source>
        <translation>одноразовое число</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="211"/>
        <source>wrapped key</source>
        <translation>зашифрованный ключ</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="217"/>
        <source>{what} outside {low}..{high}</source>
        <translation>{what} вне диапазона {low}..{high}</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="227"/>
        <source>file too large</source>
        <translation>файл слишком большой</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="231"/>
        <source>not JSON</source>
        <translation>не JSON</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="233"/>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="236"/>
        <source>unknown format</source>
        <translation>неизвестный формат</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="238"/>
        <source>fields missing or unexpected</source>
        <translation>поля отсутствуют или лишние</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="246"/>
        <source>checksum does not match</source>
        <translation>контрольная сумма не совпадает</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="249"/>
        <source>vault id is not readable</source>
        <translation>идентификатор хранилища не читается</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="251"/>
        <source>role is not readable</source>
        <translation>роль не читается</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="254"/>
        <source>key derivation is not Argon2id</source>
        <translation>функция формирования ключа — не Argon2id</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="271"/>
        <source>key derivation failed: {why}</source>
        <translation>не удалось сформировать ключ: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="287"/>
        <source>slot belongs to another vault or role</source>
        <translation>слот относится к другому хранилищу или роли</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="292"/>
        <location filename="../../app/model/keyslots.py" line="494"/>
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="338"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="341"/>
        <source>unreadable: {why}</source>
        <translation>не читается: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="351"/>
        <source>belongs to another vault or role</source>
        <translation>относится к другому хранилищу или роли</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="369"/>
        <source>differs from {other} (an interrupted password change, or damage)</source>
        <translation>отличается от {other} (прерванная смена пароля или повреждение)</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="443"/>
        <source>differs from {other}</source>
        <translation>отличается от {other}</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="461"/>
        <source>The key slot is damaged; restore keys/ from a backup.</source>
        <translation>Ключевой слот повреждён; восстановите keys/ из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/model/keyslots.py" line="471"/>
        <source>The key slot for this role is missing; the vault cannot be opened.</source>
        <translation>Слот ключа для этой роли отсутствует; хранилище нельзя открыть.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="103"/>
        <location filename="../../app/model/vault.py" line="113"/>
        <source>Surname and name are required.</source>
        <translation>Фамилия и имя обязательны.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="105"/>
        <location filename="../../app/model/vault.py" line="115"/>
        <source>The personnel number is required.</source>
        <translation>Табельный номер обязателен.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="107"/>
        <source>Role must be one of: {choices}.</source>
        <translation>Роль должна быть одной из: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="114"/>
        <source>Personnel number {number} is already registered as {existing} (the same number typed in another keyboard layout or case).</source>
        <translation>Табельный номер {number} уже зарегистрирован как {existing} (тот же номер, набранный в другой раскладке или регистре).</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="111"/>
        <location filename="../../app/model/registers.py" line="127"/>
        <source>Personnel number {number} is already registered.</source>
        <translation>Табельный номер {number} уже зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="134"/>
        <source>No staff member with id {id}.</source>
        <translation>Сотрудника с идентификатором {id} нет.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="147"/>
        <source>No staff member with personnel number {number}.</source>
        <translation>Сотрудника с табельным номером {number} нет.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="160"/>
        <source>The officer and the head cannot be deactivated; the head designates a new officer first.</source>
        <translation>Ответственное лицо и руководителя нельзя деактивировать; сначала руководитель назначает новое ответственное лицо.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="166"/>
        <source>{name} still holds a camera; take it back first.</source>
        <translation>У {name} ещё есть видеорегистратор; сначала примите его.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="182"/>
        <source>Device kind must be camera or card.</source>
        <translation>Вид устройства: видеорегистратор или карта.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="186"/>
        <source>An inventory number is required: a camera or card without one must not be used (R4).</source>
        <translation>Инвентарный номер обязателен: видеорегистратор или карту без него использовать нельзя (R4).</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="195"/>
        <source>Inventory number {number} is already registered as {existing} (the same number typed in another keyboard layout or case, R4).</source>
        <translation>Инвентарный номер {number} уже зарегистрирован как {existing} (тот же номер, набранный в другой раскладке или регистре, R4).</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="200"/>
        <source>Service life must be positive.</source>
        <translation>Срок службы должен быть положительным.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="191"/>
        <location filename="../../app/model/registers.py" line="220"/>
        <source>Inventory number or serial {number} is already registered (R4).</source>
        <translation>Инвентарный или серийный номер {number} уже зарегистрирован (R4).</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="227"/>
        <source>No device with id {id}.</source>
        <translation>Устройства с идентификатором {id} нет.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="232"/>
        <source>Enter the inventory number (scan it or type it).</source>
        <translation>Введите инвентарный номер (отсканируйте или наберите).</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="240"/>
        <source>No camera with inventory number {number}.</source>
        <translation>Нет видеорегистратора с инвентарным номером {number}.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="241"/>
        <source>No memory card with inventory number {number}.</source>
        <translation>Нет карты памяти с инвентарным номером {number}.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="243"/>
        <source>No camera or memory card with inventory number {number}.</source>
        <translation>Нет ни видеорегистратора, ни карты памяти с инвентарным номером {number}.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="273"/>
        <source>A device can be set in store, faulty or written off.</source>
        <translation>Устройство можно перевести на хранение, в неисправные или списать.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="276"/>
        <source>{number} is issued; take it back before changing its state.</source>
        <translation>{number} выдан; примите его, прежде чем менять состояние.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="278"/>
        <source>{number} is written off; that cannot be undone.</source>
        <translation>{number} списан; это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="284"/>
        <source>Give a reason for the change.</source>
        <translation>Укажите причину изменения.</translation>
    </message>
    <message>
        <location filename="../../app/model/registers.py" line="298"/>
        <source>{number} is not a memory card.</source>
        <translation>{number} — не карта памяти.</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="319"/>
        <source>Unknown setting {key}.</source>
        <translation>Неизвестная настройка {key}.</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="86"/>
        <source>{setting}: “{value}” is not allowed. Allowed: {form}.</source>
        <translation>{setting}: значение «{value}» недопустимо. Допустимо: {form}.</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="92"/>
        <source>a time of day as HH:MM, 00:00–23:59</source>
        <translation>время суток в виде ЧЧ:ММ, 00:00–23:59</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="93"/>
        <source>dates as YYYY-MM-DD, comma separated, years {first}–{last} (e.g. 2026-12-17,2026-12-18), or nothing</source>
        <translation>даты в виде ГГГГ-ММ-ДД через запятую, годы {first}–{last} (например, 2026-12-17,2026-12-18), или пусто</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="96"/>
        <source>a whole number from {low} to {high}</source>
        <translation>целое число от {low} до {high}</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="97"/>
        <source>yes or no (also true/false, 1/0, on/off)</source>
        <translation>yes или no (а также true/false, 1/0, on/off)</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="120"/>
        <source>Agency</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="121"/>
        <source>one of {choices}</source>
        <translation>одно из: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="124"/>
        <source>Territorial unit</source>
        <translation>Территориальное подразделение</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="125"/>
        <source>one line of text, at most {limit} characters</source>
        <translation>одна строка текста, не более {limit} символов</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="128"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="129"/>
        <source>kk (Kazakh) or ru (Russian)</source>
        <translation>kk (казахский) или ru (русский)</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="131"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="132"/>
        <source>a time zone of the IANA list, such as Asia/Almaty or Asia/Aqtobe</source>
        <translation>часовой пояс из списка IANA, например Asia/Almaty или Asia/Aqtobe</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="136"/>
        <source>Working days</source>
        <translation>Рабочие дни</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="137"/>
        <source>day numbers 0–6 (0 is Monday, 6 is Sunday), comma separated, each once, at least one (e.g. 0,1,2,3,4)</source>
        <translation>номера дней 0–6 (0 — понедельник, 6 — воскресенье) через запятую, каждый по одному разу, хотя бы один (например, 0,1,2,3,4)</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="139"/>
        <source>Working day starts</source>
        <translation>Начало рабочего дня</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="140"/>
        <source>Working day ends</source>
        <translation>Конец рабочего дня</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="141"/>
        <source>Lunch from</source>
        <translation>Начало обеденного перерыва</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="142"/>
        <source>Lunch to</source>
        <translation>Конец обеденного перерыва</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="145"/>
        <source>Extra days off</source>
        <translation>Дополнительные выходные дни</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="146"/>
        <source>Extra working days</source>
        <translation>Дополнительные рабочие дни</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="148"/>
        <source>Lock after inactivity (minutes)</source>
        <translation>Блокировка после бездействия (минут)</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="150"/>
        <source>Wipe the card after a verified download</source>
        <translation>Очищать карту после проверенной выгрузки</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="154"/>
        <source>Download on docking</source>
        <translation>Выгрузка сразу после установки в док-станцию</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="159"/>
        <source>Cameras downloading at once</source>
        <translation>Одновременно выгружаемых видеорегистраторов</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="162"/>
        <source>Lowest battery charge at issue (%)</source>
        <translation>Минимальный заряд батареи при выдаче (%)</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="165"/>
        <source>Warn before the end of service life (days)</source>
        <translation>Предупреждать до окончания срока службы (дней)</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="169"/>
        <source>Office headcount for the equipment norms</source>
        <translation>Численность учреждения для норм оснащения</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="173"/>
        <source>Days between full checks of the vault</source>
        <translation>Дней между полными проверками хранилища</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="176"/>
        <source>Days after which Today asks for a new backup</source>
        <translation>Через сколько дней «Сегодня» напоминает о новой резервной копии</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="179"/>
        <source>Mount roots</source>
        <translation>Папки подключения носителей</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="180"/>
        <source>absolute folder paths, comma separated (e.g. /media/officer), or nothing</source>
        <translation>абсолютные пути к папкам через запятую (например, /media/officer), или пусто</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="183"/>
        <source>Responsible officer</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="184"/>
        <location filename="../../app/model/settings.py" line="186"/>
        <source>a staff number</source>
        <translation>номер сотрудника</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="185"/>
        <source>Head of the office</source>
        <translation>Руководитель территориального органа</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="188"/>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="189"/>
        <location filename="../../app/model/settings.py" line="192"/>
        <source>{digits} hexadecimal digits</source>
        <translation>шестнадцатеричное число из {digits} знаков</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="191"/>
        <source>Vault identifier</source>
        <translation>Идентификатор хранилища</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="246"/>
        <source>The setting {setting} holds “{stored}”, which is not allowed ({form}); “{used}” is used until it is corrected.</source>
        <translation>В настройке «{setting}» записано недопустимое значение «{stored}» (допустимо: {form}); до исправления используется «{used}».</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="255"/>
        <source>The working hours stored ({start}–{end}, lunch {lunch_start}–{lunch_end}) do not fit together; the hours of R21 ({r_start}–{r_end}, lunch {r_lunch_start}–{r_lunch_end}) are used until they are corrected.</source>
        <translation>Сохранённое рабочее время ({start}–{end}, обед {lunch_start}–{lunch_end}) несогласованно; до исправления используется время по R21 ({r_start}–{r_end}, обед {r_lunch_start}–{r_lunch_end}).</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="335"/>
        <source>{setting} is not changed by the {role}.</source>
        <translation>Настройку «{setting}» не может изменять {role}.</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="370"/>
        <source>{key} is not a setting: the vault&apos;s identity and who holds each role change only through their own recorded action (a new officer is designated with reset-officer).</source>
        <translation>{key} — не настройка: идентификатор хранилища и то, кто исполняет каждую роль, меняются только собственным записываемым действием (новое ответственное лицо назначается командой reset-officer).</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="388"/>
        <location filename="../../app/model/vault.py" line="66"/>
        <location filename="../../app/model/words.py" line="21"/>
        <source>responsible officer</source>
        <translation>ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="389"/>
        <location filename="../../app/model/vault.py" line="67"/>
        <location filename="../../app/model/words.py" line="22"/>
        <source>head of the office</source>
        <translation>руководитель территориального органа</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="395"/>
        <source>{setting}: “{value}” does not fit the working hours: the day must start before it ends and lunch must lie within it (would be {start}–{end}, lunch {lunch_start}–{lunch_end}).</source>
        <translation>{setting}: «{value}» не согласуется с рабочим временем: день должен начинаться раньше, чем заканчивается, а обед — приходиться на рабочий день (получилось бы {start}–{end}, обед {lunch_start}–{lunch_end}).</translation>
    </message>
    <message>
        <location filename="../../app/model/settings.py" line="405"/>
        <source>{setting}: {days} would be both an extra day off and an extra working day; a day can be only one of them.</source>
        <translation>{setting}: {days} оказались бы одновременно дополнительным выходным и дополнительным рабочим днём; день может быть только одним из них.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/vault.py" line="88"/>
        <source>A vault password needs at least %n character(s).</source>
        <translation>
            <numerusform>Пароль хранилища должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль хранилища должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль хранилища должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/vault_meta.py" line="26"/>
        <source>There is no Dalel vault at {path}.</source>
        <translation>В {path} нет хранилища Dalel.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault_meta.py" line="33"/>
        <location filename="../../app/package_check.py" line="236"/>
        <source>it is not text</source>
        <translation>это не текст</translation>
    </message>
    <message>
        <location filename="../../app/model/vault_meta.py" line="36"/>
        <location filename="../../app/package_check.py" line="238"/>
        <source>it is not readable JSON (line {line})</source>
        <translation>это не читаемый JSON (строка {line})</translation>
    </message>
    <message>
        <location filename="../../app/model/vault_meta.py" line="40"/>
        <source>it does not describe a Dalel vault</source>
        <translation>это не описание хранилища Dalel</translation>
    </message>
    <message>
        <location filename="../../app/model/vault_meta.py" line="46"/>
        <source>The vault description {path} is damaged: {reason}.</source>
        <translation>Описание хранилища {path} повреждено: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault_meta.py" line="56"/>
        <source>This vault was made by a newer Dalel (vault format {found}; this program knows format {known}). Nothing was changed; update the program.</source>
        <translation>Это хранилище создано более новой версией Dalel (формат хранилища {found}; эта программа знает формат {known}). Ничего не изменено; обновите программу.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="109"/>
        <location filename="../../app/model/vault.py" line="428"/>
        <source>The officer and the head must each choose their own password.</source>
        <translation>Ответственное лицо и руководитель должны выбрать каждый свой пароль.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="117"/>
        <source>The officer and the head must be two different people.</source>
        <translation>Ответственное лицо и руководитель должны быть разными людьми.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="120"/>
        <source>The folder {path} is not empty; choose an empty folder for a new vault.</source>
        <translation>Папка {path} не пуста; выберите пустую папку для нового хранилища.</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="194"/>
        <location filename="../../app/model/vault.py" line="183"/>
        <source>Role must be officer or head.</source>
        <translation>Роль: ответственное лицо или руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault_meta.py" line="61"/>
        <source>Unknown vault format {found}.</source>
        <translation>Неизвестный формат хранилища {found}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/vault.py" line="196"/>
        <source>The record of failed unlocks was damaged; as a precaution unlocking is blocked for %n more minute(s).</source>
        <translation>
            <numerusform>Запись о неудачных попытках входа повреждена; из предосторожности вход заблокирован ещё на %n минуту.</numerusform>
            <numerusform>Запись о неудачных попытках входа повреждена; из предосторожности вход заблокирован ещё на %n минуты.</numerusform>
            <numerusform>Запись о неудачных попытках входа повреждена; из предосторожности вход заблокирован ещё на %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/vault.py" line="199"/>
        <source>Too many wrong passwords. Unlocking is blocked for %n more minute(s).</source>
        <translation>
            <numerusform>Слишком много неверных паролей. Вход заблокирован ещё на %n минуту.</numerusform>
            <numerusform>Слишком много неверных паролей. Вход заблокирован ещё на %n минуты.</numerusform>
            <numerusform>Слишком много неверных паролей. Вход заблокирован ещё на %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="207"/>
        <source>Wrong password, five times in a row. Unlocking is blocked for ten minutes.</source>
        <translation>Неверный пароль пять раз подряд. Вход заблокирован на десять минут.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="249"/>
        <source>The vault is locked, but the lock could not be recorded in the audit log: {reason}</source>
        <translation>Хранилище заблокировано, но блокировку не удалось записать в журнал аудита: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/model/blobs.py" line="239"/>
        <location filename="../../app/model/blobs.py" line="249"/>
        <location filename="../../app/model/vault.py" line="336"/>
        <location filename="../../app/model/vault.py" line="349"/>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <location filename="../../app/model/vault.py" line="401"/>
        <source>Only the head can set a new officer&apos;s password.</source>
        <translation>Пароль нового ответственного лица может задать только руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/paper/blank.py" line="27"/>
        <source>A blank book has 2 to {max} numbered pages.</source>
        <translation>В пустой книге от 2 до {max} пронумерованных страниц.</translation>
    </message>
    <message>
        <location filename="../../app/paper/output.py" line="66"/>
        <source>The folder {path} does not exist.</source>
        <translation>Папки {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../app/paper/output.py" line="82"/>
        <source>The pages were registered in the vault, but the disk refused their PDF: {reason} Print them again as a reprint (the same page numbers and codes).</source>
        <translation>Страницы зарегистрированы в хранилище, но диск отказал в записи их PDF: {reason} Напечатайте их повторно как дубликат (с теми же номерами страниц и кодами).</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="148"/>
        <source>There are no new journal entries to print. Rows waiting: {n}; the first: {first}</source>
        <translation>Нет новых записей журнала для печати. Ожидающих строк: {n}; первая из них: {first}</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="152"/>
        <source>There are no new journal entries to print.</source>
        <translation>Нет новых записей журнала для печати.</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="228"/>
        <source>There is no open volume with printed pages to close.</source>
        <translation>Нет открытого тома с напечатанными страницами, который можно закрыть.</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="254"/>
        <source>There is no volume {volume}.</source>
        <translation>Тома {volume} нет.</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="260"/>
        <source>Volume {volume} has no page {page}.</source>
        <translation>В томе {volume} нет страницы {page}.</translation>
    </message>
    <message>
        <location filename="../../app/paper/volume.py" line="314"/>
        <source>No journal rows in that period.</source>
        <translation>За этот период строк журнала нет.</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="52"/>
        <source>Give the page&apos;s check code or its QR text.</source>
        <translation>Укажите проверочный код страницы или текст её QR-кода.</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="61"/>
        <source>the code is not a Dalel page code (mistyped?)</source>
        <translation>это не код страницы Dalel (опечатка?)</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="66"/>
        <source>the short code and the QR code are of different pages</source>
        <translation>короткий код и QR-код относятся к разным страницам</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="70"/>
        <source>this code was issued for page {issued}, not for page {page}</source>
        <translation>этот код выдан для страницы {issued}, а не для страницы {page}</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="74"/>
        <source>this code was issued for volume {issued}, not for volume {volume}</source>
        <translation>этот код выдан для тома {issued}, а не для тома {volume}</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="80"/>
        <source>no page {page} was ever printed in volume {volume}</source>
        <translation>в томе {volume} страница {page} никогда не печаталась</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="87"/>
        <source>the vault&apos;s record of this page is damaged: {reason}</source>
        <translation>запись хранилища об этой странице повреждена: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="96"/>
        <source>the journal no longer matches the checkpoint printed on the page: {why}</source>
        <translation>журнал больше не совпадает с контрольной точкой, напечатанной на странице: {why}</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="102"/>
        <source>the journal&apos;s hash chain is broken at entry {seq}: {reason}</source>
        <translation>цепочка хэшей журнала нарушена на записи {seq}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="113"/>
        <source>the rows of this page no longer match the journal&apos;s hash chain</source>
        <translation>строки этой страницы больше не совпадают с цепочкой хэшей журнала</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="118"/>
        <source>the code does not match this page (altered or substituted page)</source>
        <translation>код не соответствует этой странице (страница изменена или подменена)</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="124"/>
        <source>the QR checkpoint does not match the journal: {why}</source>
        <translation>контрольная точка из QR-кода не совпадает с журналом: {why}</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="128"/>
        <source>the QR code does not match this page</source>
        <translation>QR-код не соответствует этой странице</translation>
    </message>
    <message>
        <location filename="../../app/paper/verify.py" line="132"/>
        <source>the page matches the vault</source>
        <translation>страница соответствует хранилищу</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="95"/>
        <source>The head&apos;s password is wrong; nothing was released (R10).</source>
        <translation>Пароль руководителя неверен; ничего не выдано (R10).</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="105"/>
        <source>Only the head can permit a release (R10): unlock as the head (--role head), or let the head type their password.</source>
        <translation>Разрешить выдачу может только руководитель (R10): откройте хранилище как руководитель (--role head) или пусть руководитель введёт свой пароль.</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="113"/>
        <source>Choose the footage to release.</source>
        <translation>Выберите записи для выдачи.</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="115"/>
        <source>Say to whom the copy is released: the inspector&apos;s personnel number.</source>
        <translation>Укажите, кому выдаётся копия: табельный номер инспектора.</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="118"/>
        <source>Say what the copy is for: footage is released for service purposes only (R10).</source>
        <translation>Укажите цель копии: записи выдаются только в служебных целях (R10).</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="122"/>
        <source>Choose the folder the package is written into.</source>
        <translation>Выберите папку, в которую будет записан пакет.</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="138"/>
        <source>Recording {id} ({name}) is no longer in the vault: its stored file is missing (destroyed at the end of its retention period, or lost; `dalel verify` tells which). Nothing was released.</source>
        <translation>Записи № {id} ({name}) больше нет в хранилище: её сохранённый файл отсутствует (уничтожен по истечении срока хранения или утрачен; что именно — покажет `dalel verify`). Ничего не выдано.</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="276"/>
        <source>A copy is released to an active inspector only (R10).</source>
        <translation>Копия выдаётся только действующему инспектору (R10).</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="282"/>
        <source>The folder {path} does not exist; choose an existing folder.</source>
        <translation>Папки {path} не существует; выберите существующую папку.</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="288"/>
        <source>A released copy cannot go inside the vault folder {path}: choose a removable drive or another folder.</source>
        <translation>Выдаваемую копию нельзя поместить внутрь папки хранилища {path}: выберите съёмный диск или другую папку.</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="339"/>
        <source>Release {id} is recorded, but its folder could not be named {final} ({reason}); the complete package is in {partial}.</source>
        <translation>Выдача № {id} зарегистрирована, но её папку не удалось назвать {final} ({reason}); полный пакет находится в {partial}.</translation>
    </message>
    <message>
        <location filename="../../app/release/service.py" line="193"/>
        <source>A stored file did not match its recorded hash; nothing was released. Run a vault check.</source>
        <translation>Сохранённый файл не совпал с записанным хэшем; ничего не выдано. Проверьте хранилище.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/identity.py" line="126"/>
        <source>Type the inventory number of the camera or card this volume belongs to.</source>
        <translation>Введите инвентарный номер видеорегистратора или карты, которым принадлежит этот том.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/identity.py" line="133"/>
        <source>No camera or memory card has the inventory number {number} (R4).</source>
        <translation>Нет видеорегистратора или карты памяти с инвентарным номером {number} (R4).</translation>
    </message>
    <message>
        <location filename="../../app/ingest/identity.py" line="138"/>
        <source>Memory card {number} was never issued in a camera, so whose footage it holds is unknown. Tie the volume to the camera instead.</source>
        <translation>Карта памяти {number} никогда не выдавалась в видеорегистраторе, поэтому неизвестно, чьи на ней записи. Привяжите том к видеорегистратору.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/identity.py" line="150"/>
        <source>This camera tells its own serial ({serial}); it cannot be tied to another inventory number. Register it instead (R4).</source>
        <translation>Этот видеорегистратор сообщает свой серийный номер ({serial}); его нельзя привязать к другому инвентарному номеру. Зарегистрируйте его (R4).</translation>
    </message>
    <message>
        <location filename="../../app/ingest/identity.py" line="155"/>
        <source>Camera {number} is written off.</source>
        <translation>Видеорегистратор {number} списан.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/identity.py" line="203"/>
        <source>The volume {label} is camera {found}, not {named}; nothing was copied.</source>
        <translation>Том {label} — это видеорегистратор {found}, а не {named}; ничего не скопировано.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/identity.py" line="207"/>
        <source>The volume {label} is a camera with serial {serial} that is not registered; register it with its own inventory number first (R4). Nothing was copied.</source>
        <translation>Том {label} — незарегистрированный видеорегистратор с серийным номером {serial}; сначала зарегистрируйте его под собственным инвентарным номером (R4). Ничего не скопировано.</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="64"/>
        <source>{kind} is missing (dropped)</source>
        <translation>{kind} отсутствует (удалено)</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="67"/>
        <source>{kind} differs from schema {version}</source>
        <translation>{kind} отличается от схемы {version}</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="70"/>
        <source>{kind} is not part of schema {version} (added)</source>
        <translation>{kind} не входит в схему {version} (добавлено)</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="103"/>
        <source>officer</source>
        <translation>ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="104"/>
        <source>head</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="109"/>
        <source>footage {id}</source>
        <translation>видеозапись № {id}</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="137"/>
        <source>is not covered by any journal entry&apos;s digest (added or moved outside an ingest)</source>
        <translation>не охвачена хэшем ни одной записи журнала (добавлена или перенесена в обход выгрузки)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/integrity.py" line="146"/>
        <source>journal entry {seq} stored %n recording(s), the index holds {held} (removed or moved)</source>
        <translation>
            <numerusform>по записи журнала № {seq} сохранена %n видеозапись, в индексе — {held} (удалены или перенесены)</numerusform>
            <numerusform>по записи журнала № {seq} сохранены %n видеозаписи, в индексе — {held} (удалены или перенесены)</numerusform>
            <numerusform>по записи журнала № {seq} сохранено %n видеозаписей, в индексе — {held} (удалены или перенесены)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="151"/>
        <source>do not match the digest in journal entry {seq} (hash, size, parts, camera, custody, inspector, times, file name or blob changed)</source>
        <translation>расхождение с хэшем в записи журнала № {seq} (изменены хэш, размер, части, видеорегистратор, выдача, инспектор, время, имя файла или файл записи)</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="154"/>
        <source>journal {seq}</source>
        <translation>запись журнала № {seq}</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="159"/>
        <source>do not match the seal in journal entry {seq}</source>
        <translation>расхождение с закреплением в записи журнала № {seq}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/integrity.py" line="162"/>
        <source>%n recording(s) downloaded before {version} are covered from their seal (journal entry {seq}) on, not from their download</source>
        <translation>
            <numerusform>%n видеозапись, выгруженная до {version}, охвачена проверкой с момента закрепления (запись журнала № {seq}), а не с момента выгрузки</numerusform>
            <numerusform>%n видеозаписи, выгруженные до {version}, охвачены проверкой с момента закрепления (запись журнала № {seq}), а не с момента выгрузки</numerusform>
            <numerusform>%n видеозаписей, выгруженных до {version}, охвачены проверкой с момента закрепления (запись журнала № {seq}), а не с момента выгрузки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="168"/>
        <source>has stored parts but no recording row (removed)</source>
        <translation>есть сохранённые части, но нет строки видеозаписи (удалена)</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="176"/>
        <source>has no stored parts</source>
        <translation>нет сохранённых частей</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="180"/>
        <source>parts do not add up to the recorded size</source>
        <translation>сумма размеров частей не равна записанному размеру</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="183"/>
        <source>its part&apos;s SHA-256 is not the recording&apos;s</source>
        <translation>SHA-256 её части не совпадает с SHA-256 видеозаписи</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="187"/>
        <source>part {part}: blob {blob} is not in the index</source>
        <translation>часть {part}: файла записи {blob} нет в индексе</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="191"/>
        <source>part {part}: blob {blob} is recorded with another SHA-256 or size</source>
        <translation>часть {part}: файл записи {blob} записан с другим SHA-256 или размером</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="234"/>
        <source>does not match the audit log&apos;s record of it (added or changed behind Dalel)</source>
        <translation>не соответствует записи в журнале аудита (добавлено или изменено в обход Dalel)</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="238"/>
        <source>is recorded in the audit log but missing (deleted)</source>
        <translation>записано в журнале аудита, но отсутствует (удалено)</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="241"/>
        <source>rows before the seal (journal entry {seq}) were changed</source>
        <translation>строки до закрепления (запись журнала № {seq}) изменены</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="265"/>
        <location filename="../../app/model/integrity.py" line="269"/>
        <source>release {id}</source>
        <translation>выдача № {id}</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="266"/>
        <source>does not match the audit log&apos;s record of it</source>
        <translation>не соответствует записи в журнале аудита</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="270"/>
        <source>is recorded in the audit log but missing</source>
        <translation>записана в журнале аудита, но отсутствует</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="300"/>
        <source>the index names another vault than vault.json</source>
        <translation>в индексе указано не то хранилище, что в vault.json</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="304"/>
        <source>is not the key of this vault&apos;s master key</source>
        <translation>не соответствует мастер-ключу этого хранилища</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="310"/>
        <source>no record names the {role} (vault creation or seal)</source>
        <translation>ни в одной записи не указано, кто исполняет роль «{role}» (создание хранилища или закрепление)</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="314"/>
        <source>names staff {named} as the {role}; the audit log&apos;s record names staff {recorded}</source>
        <translation>в роли «{role}» указан сотрудник № {named}; в журнале аудита — сотрудник № {recorded}</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="364"/>
        <source>Only the head can designate a new officer.</source>
        <translation>Назначить новое ответственное лицо может только руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/model/integrity.py" line="368"/>
        <source>The officer must be an active member of staff other than the head.</source>
        <translation>Ответственным лицом может быть только действующий сотрудник, не являющийся руководителем.</translation>
    </message>
    <message>
        <location filename="../../app/reports/export.py" line="25"/>
        <source>Save the report as .pdf, .csv or .xlsx (not {name}).</source>
        <translation>Сохраните отчёт как .pdf, .csv или .xlsx (не {name}).</translation>
    </message>
    <message>
        <location filename="../../app/reports/month.py" line="68"/>
        <source>A month is written YYYY-MM, e.g. 2026-11 (years 2000–2100).</source>
        <translation>Месяц записывается как ГГГГ-ММ, например 2026-11 (годы 2000–2100).</translation>
    </message>
    <message>
        <location filename="../../app/ingest/source.py" line="37"/>
        <source>No folder was given; name the folder of recordings to download.</source>
        <translation>Папка не указана; укажите папку с записями для выгрузки.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/source.py" line="43"/>
        <source>There is no folder {path}.</source>
        <translation>Папки {path} нет.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/source.py" line="47"/>
        <source>The folder {path} cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать папку {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/source.py" line="51"/>
        <location filename="../../app/package_check.py" line="216"/>
        <source>{path} is not a folder.</source>
        <translation>{path} — не папка.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="219"/>
        <source>{path} is not a released package: it has no manifest.json.</source>
        <translation>{path} — не пакет выдачи: в нём нет manifest.json.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="222"/>
        <location filename="../../app/package_check.py" line="325"/>
        <location filename="../../app/package_check.py" line="360"/>
        <source>{file}: the file is missing.</source>
        <translation>{file}: файл отсутствует.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="234"/>
        <source>it is not a JSON object</source>
        <translation>это не объект JSON</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="241"/>
        <source>manifest.json is not readable: {reason}.</source>
        <translation>manifest.json не читается: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="245"/>
        <source>manifest.json is of an unknown format {found} (this program reads {format}).</source>
        <translation>manifest.json неизвестного формата {found} (эта программа читает формат {format}).</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="259"/>
        <source>{file} is missing or is not an Ed25519 public key.</source>
        <translation>{file} отсутствует или не является открытым ключом Ed25519.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="271"/>
        <source>The signature does not match manifest.json: the manifest was changed or signed with another key.</source>
        <translation>Подпись не соответствует manifest.json: манифест изменён или подписан другим ключом.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="277"/>
        <source>{file} is not the key the manifest names.</source>
        <translation>{file} — не тот ключ, который указан в манифесте.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="281"/>
        <source>The package is signed with the key {found}, not with the office&apos;s key {expected}.</source>
        <translation>Пакет подписан ключом {found}, а не ключом учреждения {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="301"/>
        <source>The journal checkpoint in the manifest is not one this vault&apos;s key signed.</source>
        <translation>Контрольная точка журнала в манифесте не подписана ключом этого хранилища.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="313"/>
        <source>The manifest names an unsafe path: {file}.</source>
        <translation>В манифесте указан небезопасный путь: {file}.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="227"/>
        <location filename="../../app/package_check.py" line="330"/>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: не удаётся прочитать ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="320"/>
        <source>{file}: a link in the file&apos;s place, not the file itself.</source>
        <translation>{file}: на месте файла ссылка, а не сам файл.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="341"/>
        <source>{file}: its content differs from the manifest (SHA-256).</source>
        <translation>{file}: содержимое отличается от указанного в манифесте (SHA-256).</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="346"/>
        <source>The manifest&apos;s files digest does not match its list of files.</source>
        <translation>Хэш списка файлов в манифесте не соответствует самому списку.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="352"/>
        <source>{file}: not in the manifest (an extra file).</source>
        <translation>{file}: нет в манифесте (лишний файл).</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="368"/>
        <source>SHA256SUMS line {n} is not readable.</source>
        <translation>Строка {n} файла SHA256SUMS не читается.</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="374"/>
        <source>SHA256SUMS and the manifest disagree about {file}.</source>
        <translation>SHA256SUMS и манифест расходятся в отношении {file}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/package_check.py" line="407"/>
        <source>PACKAGE DAMAGED OR ALTERED — %n problem(s):</source>
        <translation>
            <numerusform>ПАКЕТ ПОВРЕЖДЁН ИЛИ ИЗМЕНЁН — %n проблема:</numerusform>
            <numerusform>ПАКЕТ ПОВРЕЖДЁН ИЛИ ИЗМЕНЁН — %n проблемы:</numerusform>
            <numerusform>ПАКЕТ ПОВРЕЖДЁН ИЛИ ИЗМЕНЁН — %n проблем:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/package_check.py" line="417"/>
        <source>Package intact: release {id} from vault {vault}, %n file(s), {mb} MB; every hash, the signature and the file list check out.</source>
        <translation>
            <numerusform>Пакет цел: выдача № {id} из хранилища {vault}, %n файл, {mb} МБ; все хэши, подпись и список файлов сходятся.</numerusform>
            <numerusform>Пакет цел: выдача № {id} из хранилища {vault}, %n файла, {mb} МБ; все хэши, подпись и список файлов сходятся.</numerusform>
            <numerusform>Пакет цел: выдача № {id} из хранилища {vault}, %n файлов, {mb} МБ; все хэши, подпись и список файлов сходятся.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="412"/>
        <location filename="../../app/package_check.py" line="429"/>
        <source>Signing key fingerprint: {fp}</source>
        <translation>Отпечаток ключа подписи: {fp}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/package_check.py" line="336"/>
        <source>{file}: its size is %n bytes, the manifest says {expected}.</source>
        <translation>
            <numerusform>{file}: размер %n байт, а в манифесте — {expected}.</numerusform>
            <numerusform>{file}: размер %n байта, а в манифесте — {expected}.</numerusform>
            <numerusform>{file}: размер %n байт, а в манифесте — {expected}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="423"/>
        <source>Released on {at} by {by}, with the permission of the head {head} (R10).</source>
        <translation>Выдано {at}; выдал: {by}; с разрешения руководителя: {head} (R10).</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="427"/>
        <source>To: {to}. Purpose: {purpose}</source>
        <translation>Получатель: {to}. Цель: {purpose}</translation>
    </message>
    <message>
        <location filename="../../app/package_check.py" line="430"/>
        <source>Compare it with the office&apos;s (shown by `dalel status` and on the paper manifest).</source>
        <translation>Сверьте его с ключом учреждения (показан в `dalel status` и на бумажном манифесте).</translation>
    </message>
    <message>
        <location filename="../../app/model/backup.py" line="168"/>
        <source>The backup destination {path} does not exist or is not a folder. Is the drive connected?</source>
        <translation>Место для резервной копии {path} не существует или не является папкой. Подключён ли диск?</translation>
    </message>
    <message>
        <location filename="../../app/model/backup.py" line="176"/>
        <source>A backup cannot go inside the vault folder {path}; choose an external drive.</source>
        <translation>Резервную копию нельзя поместить внутрь папки хранилища {path}; выберите внешний диск.</translation>
    </message>
    <message>
        <location filename="../../app/model/backup.py" line="188"/>
        <source>{path} holds the backup of another vault; choose another folder.</source>
        <translation>В {path} находится резервная копия другого хранилища; выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../../app/model/backup.py" line="205"/>
        <source>Another backup into {path} is running; wait for it to finish.</source>
        <translation>В {path} уже выполняется другое резервное копирование; дождитесь его завершения.</translation>
    </message>
    <message>
        <location filename="../../app/model/backup_copy.py" line="327"/>
        <source>The backup drive {path} has {free} MB free; this backup needs {need} MB more. Nothing was removed; use a larger drive or free some space, then back up again.</source>
        <translation>На диске резервного копирования {path} свободно {free} МБ; для этой копии нужно ещё {need} МБ. Ничего не удалено; возьмите диск большего объёма или освободите место и повторите резервное копирование.</translation>
    </message>
    <message>
        <location filename="../../app/model/backup_copy.py" line="351"/>
        <source>The copy of the index on the backup drive ({path}) does not read back intact ({reason}): the drive may be failing. The previous backup there is kept; try another drive.</source>
        <translation>Копия индекса на диске резервного копирования ({path}) не читается обратно целой ({reason}): возможно, диск неисправен. Прежняя резервная копия на нём сохранена; попробуйте другой диск.</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="83"/>
        <source>{path} holds the backups of several vaults; name the one to restore: {names}.</source>
        <translation>В {path} находятся резервные копии нескольких хранилищ; укажите, какую восстановить: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="86"/>
        <source>There is no complete Dalel backup at {path}.</source>
        <translation>В {path} нет полной резервной копии Dalel.</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="96"/>
        <source>it is not a Dalel backup</source>
        <translation>это не резервная копия Dalel</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="98"/>
        <source>the backup and its vault.json name different vaults</source>
        <translation>резервная копия и её vault.json называют разные хранилища</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="101"/>
        <source>index.db is missing</source>
        <translation>index.db отсутствует</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="109"/>
        <source>The backup at {path} is incomplete or damaged: {reason}.</source>
        <translation>Резервная копия в {path} неполная или повреждена: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="116"/>
        <source>The folder {path} is not empty; restore into a new or empty folder (a half-finished restore can be deleted and started again).</source>
        <translation>Папка {path} не пуста; восстанавливайте в новую или пустую папку (незавершённое восстановление можно удалить и начать заново).</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="122"/>
        <source>Restore into a folder outside the backup {path}.</source>
        <translation>Восстанавливайте в папку вне резервной копии {path}.</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="183"/>
        <source>its index or key slots cannot be read</source>
        <translation>её индекс или ключевые слоты не читаются</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="185"/>
        <source>The backup at {path} holds a damaged copy of the vault ({reason}). Nothing was restored; restore from another backup (an earlier one, or one made again from the vault).</source>
        <translation>Резервная копия в {path} содержит повреждённую копию хранилища ({reason}). Ничего не восстановлено; восстановите из другой резервной копии (более ранней или заново сделанной из хранилища).</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="196"/>
        <location filename="../../app/model/vault.py" line="187"/>
        <source>No password was given.</source>
        <translation>Пароль не указан.</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="259"/>
        <source>{path} has {free} MB free; the restored vault needs {need} MB.</source>
        <translation>В {path} свободно {free} МБ; для восстанавливаемого хранилища нужно {need} МБ.</translation>
    </message>
    <message>
        <location filename="../../app/model/safecopy.py" line="231"/>
        <source>The copy {path} reads back differently from what was written: the drive may be failing. Nothing was replaced; try another drive.</source>
        <translation>Копия {path} при обратном чтении отличается от записанного: возможно, диск неисправен. Ничего не заменено; попробуйте другой диск.</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="35"/>
        <source>№ {number} — {inventory}, {inspector}: the camera is not handed in yet; due back by {due} (R17).</source>
        <extracomment>Why a row waits: the camera is out (R17), the footage not in the vault (R8), or an earlier row waits and rows go on paper in their order (R7).</extracomment>
        <translation>№ {number} — {inventory}, {inspector}: видеорегистратор ещё не сдан; сдать до {due} (R17).</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="38"/>
        <source>№ {number} — {inventory}, {inspector}: the footage is not downloaded yet; due in the vault by {due} (R8).</source>
        <translation>№ {number} — {inventory}, {inspector}: записи ещё не выгружены; выгрузить в хранилище до {due} (R8).</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="41"/>
        <source>№ {number} — {inventory}, {inspector}: finished, waits for № {first}: rows go on paper in their order (R7).</source>
        <translation>№ {number} — {inventory}, {inspector}: завершена, ждёт строку № {first}: строки попадают на бумагу по порядку (R7).</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="45"/>
        <source>Overdue.</source>
        <translation>Срок пропущен.</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="134"/>
        <source>Volume {volume}, page {page}, № {number}: strike the row through; its corrected entry is № {value} (R7).</source>
        <translation>Том {volume}, страница {page}, № {number}: зачеркните строку; исправленная запись — № {value} (R7).</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="138"/>
        <source>Volume {volume}, page {page}, № {number}, column {column}: {value}</source>
        <translation>Том {volume}, страница {page}, № {number}, графа {column}: {value}</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="165"/>
        <source>New pages will take rows № {rows} ({n} in all).</source>
        <translation>На новые страницы войдут строки № {rows} (всего {n}).</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="169"/>
        <source>No row is ready for new pages.</source>
        <translation>Нет строк, готовых для новых страниц.</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="171"/>
        <source>Rows waiting ({n}):</source>
        <translation>Ожидающие строки ({n}):</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="179"/>
        <location filename="../../app/paper/volume.py" line="171"/>
        <source>Every row is already on a printed page.</source>
        <translation>Все строки уже есть на напечатанных страницах.</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="181"/>
        <source>The sheet for signatures will take rows № {rows} ({n} in all).</source>
        <translation>В лист для подписей войдут строки № {rows} (всего {n}).</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="185"/>
        <source>Still open, printed as at issue with columns 5–8 left for ink: № {rows}.</source>
        <translation>Ещё не завершены, печатаются в состоянии на момент выдачи, графы 5–8 остаются для записи ручкой: № {rows}.</translation>
    </message>
    <message>
        <location filename="../../app/paper/plan.py" line="193"/>
        <source>To write in ink today on pages already printed ({n}):</source>
        <translation>Сегодня вписать ручкой на уже напечатанных страницах ({n}):</translation>
    </message>
    <message>
        <location filename="../../app/model/clockwatch.py" line="260"/>
        <source>The responsible officer confirms the date after the clock moved.</source>
        <translation>Дату после сдвига часов подтверждает ответственное лицо.</translation>
    </message>
    <message>
        <location filename="../../app/model/clockwatch.py" line="266"/>
        <source>The computer&apos;s clock says {clock}, not {typed}. Set the computer&apos;s date and time right first; nothing was confirmed.</source>
        <translation>Часы компьютера показывают {clock}, а не {typed}. Сначала исправьте дату и время компьютера; ничего не подтверждено.</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="169"/>
        <location filename="../../app/model/retention.py" line="183"/>
        <source>Only the head puts footage on hold or lifts a hold (R9).</source>
        <translation>Запрет на уничтожение записей налагает и снимает только руководитель (R9).</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="171"/>
        <source>Say why the recording is held (a case, a complaint, a request).</source>
        <translation>Укажите, почему запрещается уничтожение записи (дело, жалоба, запрос).</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="175"/>
        <source>Recording {id} is already on hold.</source>
        <translation>На уничтожение записи {id} уже наложен запрет.</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="185"/>
        <source>Say why the hold is lifted.</source>
        <translation>Укажите, почему снимается запрет.</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="188"/>
        <source>Recording {id} is not on hold.</source>
        <translation>Запрета на уничтожение записи {id} нет.</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="198"/>
        <source>The head&apos;s password is wrong; nothing was destroyed.</source>
        <translation>Пароль руководителя неверен; ничего не уничтожено.</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="204"/>
        <source>Only the head approves the destruction of footage (R9).</source>
        <translation>Уничтожение записей разрешает только руководитель (R9).</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="217"/>
        <source>The computer&apos;s clock moved since it was last confirmed; nothing is destroyed until the responsible officer confirms today&apos;s date.</source>
        <translation>С последнего подтверждения часы компьютера сдвинулись; пока ответственное лицо не подтвердит сегодняшнюю дату, ничего не уничтожается.</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="229"/>
        <source>Recording {id} is not due for destruction (its term has not ended, it is held or already destroyed).</source>
        <translation>Запись {id} нельзя уничтожить (срок хранения не истёк, наложен запрет или она уже уничтожена).</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="328"/>
        <source>destroyed with no audit record of it (its files removed behind the program?)</source>
        <translation>уничтожена без записи об этом в журнале аудита (файлы удалены в обход программы?)</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="338"/>
        <source>its destruction record does not match the audit log&apos;s record of it</source>
        <translation>запись о её уничтожении не соответствует записи в журнале аудита</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="342"/>
        <source>its destruction is recorded in the audit log but the destruction record is missing</source>
        <translation>её уничтожение записано в журнале аудита, но запись об уничтожении отсутствует</translation>
    </message>
    <message>
        <location filename="../../app/model/retention.py" line="351"/>
        <source>its reason does not match the audit log&apos;s record of it</source>
        <translation>причина не соответствует записи в журнале аудита</translation>
    </message>
    <message>
        <location filename="../../app/ui/retention_view.py" line="42"/>
        <source>Type the date as DD.MM.YYYY.</source>
        <translation>Введите дату в виде ДД.ММ.ГГГГ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/audit.py" line="62"/>
        <source>The audit log has fewer than %n entries.</source>
        <translation>
            <numerusform>В журнале аудита меньше %n записи.</numerusform>
            <numerusform>В журнале аудита меньше %n записей.</numerusform>
            <numerusform>В журнале аудита меньше %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/chain.py" line="46"/>
        <source>entry {expected} is missing (found {seq} next)</source>
        <translation>запись № {expected} отсутствует (следующей найдена № {seq})</translation>
    </message>
    <message>
        <location filename="../../app/model/chain.py" line="50"/>
        <source>does not follow the entry before it</source>
        <translation>не продолжает предыдущую запись</translation>
    </message>
    <message>
        <location filename="../../app/model/chain.py" line="53"/>
        <source>content does not match its hash (altered)</source>
        <translation>содержимое не соответствует своему хэшу (изменено)</translation>
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
        <translation>журнал аудита</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="34"/>
        <source>checkpoint</source>
        <translation>контрольная точка</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="34"/>
        <source>identity</source>
        <translation>идентификация</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="35"/>
        <source>key_slot</source>
        <translation>ключевой слот</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="35"/>
        <source>footage</source>
        <translation>видеозапись</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="36"/>
        <source>release</source>
        <translation>выдача</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="36"/>
        <source>destruction</source>
        <translation>уничтожение</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="37"/>
        <source>blob</source>
        <translation>файл записи</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="99"/>
        <source>the audit log could not take this check&apos;s entries ({entries}): the disk or the index refused them; nothing in the vault was changed</source>
        <translation>журнал аудита не смог принять записи этой проверки ({entries}): их отклонил диск или индекс; в хранилище ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="118"/>
        <source>cannot be read: {why}</source>
        <translation>невозможно прочитать: {why}</translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="123"/>
        <source>cannot be opened again: {why}</source>
        <translation>невозможно открыть повторно: {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/verify.py" line="160"/>
        <source>checkpoint of %n entries predates audit coverage: the journal was checked against it, the audit log not</source>
        <translation>
            <numerusform>контрольная точка на %n запись создана до того, как она стала охватывать журнал аудита: по ней проверен журнал, журнал аудита — нет</numerusform>
            <numerusform>контрольная точка на %n записи создана до того, как она стала охватывать журнал аудита: по ней проверен журнал, журнал аудита — нет</numerusform>
            <numerusform>контрольная точка на %n записей создана до того, как она стала охватывать журнал аудита: по ней проверен журнал, журнал аудита — нет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/verify.py" line="210"/>
        <source>%n file(s) of destroyed recordings are still on disk (a destruction cut short): the next destruction removes them</source>
        <translation>
            <numerusform>%n файл уничтоженных записей всё ещё на диске (уничтожение было прервано): остатки удалит следующее уничтожение</numerusform>
            <numerusform>%n файла уничтоженных записей всё ещё на диске (уничтожение было прервано): остатки удалит следующее уничтожение</numerusform>
            <numerusform>%n файлов уничтоженных записей всё ещё на диске (уничтожение было прервано): остатки удалит следующее уничтожение</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/verify.py" line="237"/>
        <source>{reason}; it holds %n recording(s): {names}</source>
        <translation>
            <numerusform>{reason}; в нём %n запись: {names}</numerusform>
            <numerusform>{reason}; в нём %n записи: {names}</numerusform>
            <numerusform>{reason}; в нём %n записей: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/model/verify.py" line="255"/>
        <location filename="../../app/model/verify.py" line="259"/>
        <source>read error: {why}</source>
        <translation>ошибка чтения: {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ingest/report.py" line="17"/>
        <source>The card was not wiped: the download is not complete (%n file(s) or folder(s) not stored, {blocking} of them may hold recordings, e.g. {first}). Everything stays on the card (R14).</source>
        <translation>
            <numerusform>Карта не очищена: выгрузка не завершена (не сохранён %n файл или папка, из них записи могут содержать: {blocking}, например {first}). Всё остаётся на карте (R14).</numerusform>
            <numerusform>Карта не очищена: выгрузка не завершена (не сохранено %n файла или папки, из них записи могут содержать: {blocking}, например {first}). Всё остаётся на карте (R14).</numerusform>
            <numerusform>Карта не очищена: выгрузка не завершена (не сохранено %n файлов или папок, из них записи могут содержать: {blocking}, например {first}). Всё остаётся на карте (R14).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ingest/report.py" line="22"/>
        <source>The card was not wiped: the download did not finish. Everything stays on the card (R14).</source>
        <translation>Карта не очищена: выгрузка не завершилась. Всё остаётся на карте (R14).</translation>
    </message>
    <message>
        <location filename="../../app/ingest/report.py" line="29"/>
        <source>scanning</source>
        <translation>просмотр</translation>
    </message>
    <message>
        <location filename="../../app/ingest/report.py" line="30"/>
        <source>copying</source>
        <translation>копирование</translation>
    </message>
    <message>
        <location filename="../../app/ingest/report.py" line="31"/>
        <source>verifying</source>
        <translation>проверка</translation>
    </message>
    <message>
        <location filename="../../app/ingest/report.py" line="32"/>
        <source>committing</source>
        <translation>запись в индекс</translation>
    </message>
    <message>
        <location filename="../../app/ingest/report.py" line="33"/>
        <source>wiping</source>
        <translation>очистка</translation>
    </message>
    <message>
        <location filename="../../app/ingest/report.py" line="34"/>
        <source>done</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../app/ingest/report.py" line="35"/>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ingest/wipe.py" line="43"/>
        <source>A wipe of the card of {camera} was interrupted (journal entry {seq}, %n file(s), all stored and verified first). Dock that camera again to finish it; nothing is lost.</source>
        <translation>
            <numerusform>Очистка карты {camera} была прервана (запись журнала № {seq}, %n файл, предварительно сохранён и проверен). Подключите этот видеорегистратор снова, чтобы завершить её; ничего не потеряно.</numerusform>
            <numerusform>Очистка карты {camera} была прервана (запись журнала № {seq}, %n файла, все предварительно сохранены и проверены). Подключите этот видеорегистратор снова, чтобы завершить её; ничего не потеряно.</numerusform>
            <numerusform>Очистка карты {camera} была прервана (запись журнала № {seq}, %n файлов, все предварительно сохранены и проверены). Подключите этот видеорегистратор снова, чтобы завершить её; ничего не потеряно.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ingest/wipe.py" line="47"/>
        <source>The card of {camera} was only partly wiped: files deleted: {removed} of {count}, left on the card: {left} ({reason}). Every file is stored and verified in the vault; the journal records what remains.</source>
        <translation>Карта {camera} очищена лишь частично: удалено файлов: {removed} из {count}, осталось на карте: {left} ({reason}). Каждый файл сохранён и проверен в хранилище; журнал фиксирует, что осталось.</translation>
    </message>
    <message>
        <location filename="../../app/clock.py" line="77"/>
        <source>The period runs backwards: it starts on {since}, after its end on {until}. Give the earlier date first.</source>
        <translation>Период задан в обратном порядке: он начинается {since}, позже своего конца {until}. Сначала укажите более раннюю дату.</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="20"/>
        <source>inspector</source>
        <translation>инспектор</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="24"/>
        <source>camera</source>
        <translation>видеорегистратор</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="25"/>
        <source>memory card</source>
        <translation>карта памяти</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="26"/>
        <source>in store</source>
        <translation>на хранении</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="27"/>
        <source>issued</source>
        <translation>выдан</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="28"/>
        <source>faulty</source>
        <translation>неисправен</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="29"/>
        <source>written off</source>
        <translation>списан</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="31"/>
        <source>ordinary (kept 1 year)</source>
        <translation>обычная (хранится 1 год)</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="32"/>
        <source>administrative offence (5 years)</source>
        <translation>административное правонарушение (5 лет)</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="33"/>
        <source>inspection (5 years)</source>
        <translation>проверка (5 лет)</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="35"/>
        <source>at issue</source>
        <translation>при выдаче</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="36"/>
        <source>at return</source>
        <translation>при сдаче</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="37"/>
        <source>by a correction (R7)</source>
        <translation>по исправлению (R7)</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="38"/>
        <source>confirmed at issue</source>
        <translation>подтверждено при выдаче</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="40"/>
        <source>journal pages</source>
        <translation>страницы журнала</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="41"/>
        <source>the closing page</source>
        <translation>заключительная страница</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="42"/>
        <source>a duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="43"/>
        <source>an extract</source>
        <translation>выписка</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="44"/>
        <source>a blank book</source>
        <translation>пустая книга</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="45"/>
        <source>the sheet for signatures</source>
        <translation>лист для подписей</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="47"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="47"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="48"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="48"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="49"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="49"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="50"/>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="51"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="51"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="72"/>
        <source>clock right</source>
        <translation>часы верны</translation>
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
        <translation>{n} ч</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="78"/>
        <source>clock {amount} fast</source>
        <translation>часы спешат на {amount}</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="79"/>
        <source>clock {amount} slow</source>
        <translation>часы отстают на {amount}</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="135"/>
        <source>Registered as {number}</source>
        <translation>Зарегистрирован как {number}</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="138"/>
        <source>State: {old} → {new}</source>
        <translation>Состояние: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="141"/>
        <source>In camera: {old} → {new}</source>
        <translation>В видеорегистраторе: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="144"/>
        <source>Slot seal: {old} → {new}</source>
        <translation>Пломба слота: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="147"/>
        <source>The factory password was changed</source>
        <translation>Заводской пароль сменён</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="149"/>
        <source>Works here again</source>
        <translation>Снова работает</translation>
    </message>
    <message>
        <location filename="../../app/model/words.py" line="150"/>
        <source>No longer works here</source>
        <translation>Больше не работает</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ingest/reconcile.py" line="49"/>
        <source>%n file(s) ({mb} MB) are in the vault&apos;s quarantine (blobs/quarantine): files no recording uses, left by a download that was cut short or that failed its check. When `dalel verify` is clean, `dalel dock reconcile --purge-quarantine` removes them.</source>
        <translation>
            <numerusform>В карантине хранилища (blobs/quarantine) %n файл ({mb} МБ): файлы, не используемые ни одной записью, оставленные прерванной выгрузкой или не прошедшие проверку. Когда `dalel verify` без ошибок, `dalel dock reconcile --purge-quarantine` удаляет их.</numerusform>
            <numerusform>В карантине хранилища (blobs/quarantine) %n файла ({mb} МБ): файлы, не используемые ни одной записью, оставленные прерванной выгрузкой или не прошедшие проверку. Когда `dalel verify` без ошибок, `dalel dock reconcile --purge-quarantine` удаляет их.</numerusform>
            <numerusform>В карантине хранилища (blobs/quarantine) %n файлов ({mb} МБ): файлы, не используемые ни одной записью, оставленные прерванной выгрузкой или не прошедшие проверку. Когда `dalel verify` без ошибок, `dalel dock reconcile --purge-quarantine` удаляет их.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ingest/reconcile.py" line="252"/>
        <source>Only the responsible officer or the head may empty the quarantine.</source>
        <translation>Очистить карантин может только ответственное лицо или руководитель.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ingest/reconcile.py" line="259"/>
        <source>The full check found %n problem(s) in the vault (`dalel verify` names them); the quarantine is kept until the vault is whole, since a repair may need what it holds. Nothing was removed.</source>
        <translation>
            <numerusform>Полная проверка нашла в хранилище %n ошибку (`dalel verify` называет их); карантин сохраняется, пока хранилище не будет целым: для восстановления может понадобиться его содержимое. Ничего не удалено.</numerusform>
            <numerusform>Полная проверка нашла в хранилище %n ошибки (`dalel verify` называет их); карантин сохраняется, пока хранилище не будет целым: для восстановления может понадобиться его содержимое. Ничего не удалено.</numerusform>
            <numerusform>Полная проверка нашла в хранилище %n ошибок (`dalel verify` называет их); карантин сохраняется, пока хранилище не будет целым: для восстановления может понадобиться его содержимое. Ничего не удалено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ingest/reconcile.py" line="266"/>
        <source>A download is running; empty the quarantine after it ends. Nothing was removed.</source>
        <translation>Идёт выгрузка; очистите карантин после её окончания. Ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/reconcile.py" line="274"/>
        <source>The quarantine holds a file the vault index names; run `dalel dock reconcile` and `dalel verify`. Nothing was removed.</source>
        <translation>В карантине есть файл, на который ссылается индекс хранилища; выполните `dalel dock reconcile` и `dalel verify`. Ничего не удалено.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../app/reports/history.py" line="24"/>
        <source>Recorded by the camera</source>
        <translation>Записано видеорегистратором</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="25"/>
        <source>Downloaded into the vault</source>
        <translation>Выгружено в хранилище</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="26"/>
        <location filename="../../app/reports/labels.py" line="20"/>
        <source>Viewed</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="27"/>
        <location filename="../../app/reports/labels.py" line="43"/>
        <source>Category changed</source>
        <translation>Категория изменена</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="28"/>
        <location filename="../../app/reports/labels.py" line="44"/>
        <source>Note added</source>
        <translation>Добавлена заметка</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="29"/>
        <location filename="../../app/reports/labels.py" line="29"/>
        <source>Copy released</source>
        <translation>Копия выдана</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="30"/>
        <location filename="../../app/reports/labels.py" line="21"/>
        <source>Copy written</source>
        <translation>Копия записана</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="33"/>
        <location filename="../../app/reports/labels.py" line="46"/>
        <source>Destroyed after its term</source>
        <translation>Уничтожено по истечении срока</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="35"/>
        <location filename="../../app/reports/labels.py" line="56"/>
        <source>Other record</source>
        <translation>Другая запись</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="37"/>
        <source>ordinary (1 year)</source>
        <translation>обычная (1 год)</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="38"/>
        <source>offence (5 years)</source>
        <translation>правонарушение (5 лет)</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="39"/>
        <source>inspection (5 years)</source>
        <translation>проверка (5 лет)</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="59"/>
        <source>journal № {n}</source>
        <translation>журнал № {n}</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="60"/>
        <source>audit log № {n}</source>
        <translation>журнал аудита № {n}</translation>
    </message>
    <message>
        <location filename="../../app/reports/history.py" line="96"/>
        <source>to {who}: {purpose}</source>
        <translation>получатель {who}: {purpose}</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="12"/>
        <source>Vault created</source>
        <translation>Хранилище создано</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="13"/>
        <source>Unlocked</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="14"/>
        <source>Wrong password</source>
        <translation>Неверный пароль</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="15"/>
        <source>Unlock refused (locked out)</source>
        <translation>Отказано в открытии (блокировка)</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="16"/>
        <source>Locked out after wrong passwords</source>
        <translation>Блокировка после неверных паролей</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="17"/>
        <source>Locked</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="18"/>
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="19"/>
        <source>Password reset</source>
        <translation>Пароль сброшен</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="22"/>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="23"/>
        <source>Reprinted</source>
        <translation>Перепечатано</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="24"/>
        <source>Card wiped</source>
        <translation>Карта очищена</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="25"/>
        <source>Setting changed</source>
        <translation>Настройка изменена</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="26"/>
        <source>Vault checked</source>
        <translation>Хранилище проверено</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="27"/>
        <source>The clock moved back</source>
        <translation>Часы переведены назад</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="28"/>
        <source>Register changed</source>
        <translation>Реестр изменён</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="30"/>
        <source>Footage downloaded</source>
        <translation>Записи выгружены</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="31"/>
        <source>Download stopped</source>
        <translation>Выгрузка остановлена</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="32"/>
        <source>Camera clock set</source>
        <translation>Часы видеорегистратора установлены</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="33"/>
        <source>Card tied to a camera</source>
        <translation>Карта привязана к видеорегистратору</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="34"/>
        <source>Issued with a low battery</source>
        <translation>Выдан с низким зарядом</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="35"/>
        <source>Damaged key copy found</source>
        <translation>Найдена повреждённая копия ключа</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="36"/>
        <source>Key copy repaired</source>
        <translation>Копия ключа восстановлена</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="37"/>
        <source>Key copy renewed</source>
        <translation>Копия ключа обновлена</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="38"/>
        <source>Lockout file damaged</source>
        <translation>Файл блокировки повреждён</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="39"/>
        <source>Lockout file missing or rolled back</source>
        <translation>Файл блокировки отсутствует или откатан</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="40"/>
        <source>Lockout file not writable</source>
        <translation>Файл блокировки недоступен для записи</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="41"/>
        <source>Responsible officer designated</source>
        <translation>Назначено ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="42"/>
        <source>Vault identity sealed</source>
        <translation>Идентификация хранилища закреплена</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="47"/>
        <source>The computer&apos;s clock jumped</source>
        <translation>Часы компьютера сдвинулись скачком</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="48"/>
        <source>Date confirmed after a clock jump</source>
        <translation>Дата подтверждена после сдвига часов</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="49"/>
        <source>The computer&apos;s clock checked</source>
        <translation>Часы компьютера проверены</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="50"/>
        <source>Backup started</source>
        <translation>Резервное копирование начато</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="51"/>
        <source>Backed up</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="52"/>
        <source>Backup failed</source>
        <translation>Резервное копирование не удалось</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="53"/>
        <source>Restored from a backup</source>
        <translation>Восстановлено из резервной копии</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="54"/>
        <source>Quarantine emptied</source>
        <translation>Карантин очищен</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="59"/>
        <source>Hold set: not to be destroyed</source>
        <translation>Наложен запрет на уничтожение</translation>
    </message>
    <message>
        <location filename="../../app/reports/labels.py" line="60"/>
        <source>Hold on destruction lifted</source>
        <translation>Запрет на уничтожение снят</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="68"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="69"/>
        <source>Personnel no.</source>
        <translation>Табельный номер</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="70"/>
        <source>Days on duty</source>
        <translation>Дней на службе</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="71"/>
        <source>Recordings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="72"/>
        <source>Hours recorded</source>
        <translation>Часов записи</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="73"/>
        <source>Returned late</source>
        <translation>Возвращено с опозданием</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="74"/>
        <source>Downloaded late</source>
        <translation>Выгружено с опозданием</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="75"/>
        <source>Unexplained gaps</source>
        <translation>Необъяснённые разрывы</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="76"/>
        <source>Gap minutes</source>
        <translation>Минут разрывов</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="77"/>
        <source>Copies released</source>
        <translation>Выдано копий</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="83"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="86"/>
        <source>Body cameras: the month {month} by inspector</source>
        <translation>Видеорегистраторы: месяц {month} по инспекторам</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="88"/>
        <source>Late return: not back by the end of the working day (R17). Late download: not downloaded within one working day (R8). Gaps: recording missing for over 5 minutes with no break or malfunction recorded (R13). Made {at}.</source>
        <translation>Поздний возврат: не сдан до конца рабочего дня (R17). Поздняя выгрузка: не выгружено в течение одного рабочего дня (R8). Разрывы: запись отсутствует более 5 минут без отмеченного перерыва или неисправности (R13). Составлено {at}.</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="23"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="24"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="25"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="26"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="100"/>
        <source>Recorded in</source>
        <translation>Где записано</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="104"/>
        <source>Chain of custody of recording № {id}</source>
        <translation>Цепочка хранения записи № {id}</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="107"/>
        <source>{file}, camera {camera}, inspector {inspector}, category: {category}. SHA-256 {sha}.</source>
        <translation>{file}, видеорегистратор {camera}, инспектор {inspector}, категория: {category}. SHA-256 {sha}.</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="119"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../app/reports/tables.py" line="126"/>
        <source>Audit log {period}</source>
        <translation>Журнал аудита {period}</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="42"/>
        <source>recording</source>
        <translation>запись</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="43"/>
        <location filename="../../app/reports/audit_words.py" line="129"/>
        <source>recordings</source>
        <translation>записи</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="44"/>
        <source>journal entry</source>
        <translation>запись журнала</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="45"/>
        <location filename="../../app/reports/audit_words.py" line="47"/>
        <source>camera</source>
        <translation>видеорегистратор</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="46"/>
        <location filename="../../app/reports/audit_words.py" line="48"/>
        <source>memory card</source>
        <translation>карта памяти</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="49"/>
        <source>responsible officer</source>
        <translation>ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="50"/>
        <source>head</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="51"/>
        <source>recipient</source>
        <translation>получатель</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="52"/>
        <source>inspector</source>
        <translation>инспектор</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="53"/>
        <source>before</source>
        <translation>ранее</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="54"/>
        <source>password holders</source>
        <translation>владельцы паролей</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="55"/>
        <location filename="../../app/reports/audit_words.py" line="56"/>
        <source>whose</source>
        <translation>чей</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="57"/>
        <source>copy</source>
        <translation>копия</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="58"/>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="59"/>
        <location filename="../../app/reports/audit_words.py" line="170"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="60"/>
        <source>at the moment</source>
        <translation>момент</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="61"/>
        <source>mark</source>
        <translation>отметка</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="62"/>
        <location filename="../../app/reports/audit_words.py" line="156"/>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="63"/>
        <location filename="../../app/reports/audit_words.py" line="64"/>
        <source>what</source>
        <translation>что</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="65"/>
        <source>format</source>
        <translation>формат</translation>
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
        <translation>папка</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="68"/>
        <location filename="../../app/reports/audit_words.py" line="78"/>
        <source>from</source>
        <translation>с</translation>
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
        <translation>строки</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="72"/>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="74"/>
        <source>page</source>
        <translation>страница</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="75"/>
        <source>pages</source>
        <translation>страницы</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="76"/>
        <source>count</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="77"/>
        <source>with covers</source>
        <translation>с обложкой</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="79"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="80"/>
        <location filename="../../app/reports/audit_words.py" line="81"/>
        <source>journal entries</source>
        <translation>записей журнала</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="82"/>
        <source>audit log records</source>
        <translation>записей журнала аудита</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="83"/>
        <location filename="../../app/reports/audit_words.py" line="85"/>
        <source>files</source>
        <translation>файлов</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="84"/>
        <source>size</source>
        <translation>объём</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="86"/>
        <source>copied</source>
        <translation>скопировано</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="87"/>
        <source>already there</source>
        <translation>уже были</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="88"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="89"/>
        <source>stored</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="90"/>
        <source>already in the vault</source>
        <translation>уже в хранилище</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="91"/>
        <source>failed</source>
        <translation>не удалось</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="92"/>
        <source>incomplete</source>
        <translation>не полностью</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="93"/>
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="94"/>
        <source>left on the card</source>
        <translation>осталось на карте</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="95"/>
        <location filename="../../app/reports/audit_words.py" line="96"/>
        <source>not wiped</source>
        <translation>не очищено</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="97"/>
        <source>finished at the next docking</source>
        <translation>завершено при следующей установке в док-станцию</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="98"/>
        <source>intact</source>
        <translation>целостно</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="99"/>
        <source>problems</source>
        <translation>проблемы</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="100"/>
        <source>full check</source>
        <translation>полная проверка</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="101"/>
        <source>complete</source>
        <translation>завершена</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="102"/>
        <location filename="../../app/reports/audit_words.py" line="159"/>
        <source>started</source>
        <translation>начато</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="103"/>
        <source>backup of</source>
        <translation>резервная копия от</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="104"/>
        <source>set to</source>
        <translation>установлено</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="105"/>
        <source>how</source>
        <translation>способ</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="106"/>
        <source>when</source>
        <translation>когда</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="107"/>
        <source>it was off by, s</source>
        <translation>расхождение, с</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="108"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="109"/>
        <source>charge, %</source>
        <translation>заряд, %</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="110"/>
        <source>minimum, %</source>
        <translation>минимум, %</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="111"/>
        <source>low battery</source>
        <translation>низкий заряд батареи</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="112"/>
        <source>past its service life</source>
        <translation>срок службы истёк</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="113"/>
        <source>ended</source>
        <translation>истёк</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="114"/>
        <source>purpose</source>
        <translation>цель</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="115"/>
        <source>permission</source>
        <translation>разрешение</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="116"/>
        <source>release</source>
        <translation>выдача</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="117"/>
        <source>signing key</source>
        <translation>ключ подписи</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="118"/>
        <source>wrong passwords in a row</source>
        <translation>неверных паролей подряд</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="119"/>
        <source>locked out</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="120"/>
        <source>found</source>
        <translation>найдено</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="121"/>
        <source>expected</source>
        <translation>ожидалось</translation>
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
        <translation>примечание</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="126"/>
        <source>corrected</source>
        <translation>исправлено</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="127"/>
        <source>replaces the issue of entry</source>
        <translation>взамен выдачи по записи</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="130"/>
        <source>camera clock read</source>
        <translation>часы видеорегистратора считаны</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="131"/>
        <source>camera clock off by, s</source>
        <translation>расхождение часов видеорегистратора, с</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="132"/>
        <source>return struck out</source>
        <translation>сдача зачёркнута</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="133"/>
        <source>return restored</source>
        <translation>сдача восстановлена</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="137"/>
        <source>issue</source>
        <translation>выдача</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="138"/>
        <source>return</source>
        <translation>сдача</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="139"/>
        <source>download</source>
        <translation>выгрузка</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="141"/>
        <source>correction</source>
        <translation>исправление</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="142"/>
        <source>card wiped</source>
        <translation>карта очищена</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="143"/>
        <source>download stopped</source>
        <translation>выгрузка остановлена</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="144"/>
        <source>camera clock set</source>
        <translation>часы видеорегистратора установлены</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="145"/>
        <source>card tied to a camera</source>
        <translation>карта привязана к видеорегистратору</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="146"/>
        <source>recordings sealed</source>
        <translation>записи опечатаны</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="147"/>
        <source>meal break: recording paused</source>
        <translation>перерыв на обед: запись приостановлена</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="148"/>
        <source>meal break over: recording again</source>
        <translation>перерыв на обед окончен: запись возобновлена</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="149"/>
        <source>malfunction</source>
        <translation>неисправность</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="150"/>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="151"/>
        <source>the responsible officer</source>
        <translation>ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="152"/>
        <source>the head</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="157"/>
        <source>the head&apos;s password</source>
        <translation>пароль руководителя</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="158"/>
        <source>the head&apos;s own session</source>
        <translation>сеанс руководителя</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="160"/>
        <source>done</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="161"/>
        <source>partly done</source>
        <translation>выполнено частично</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="162"/>
        <source>the journal</source>
        <translation>журнал</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="163"/>
        <source>a printed journal page</source>
        <translation>напечатанная страница журнала</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="164"/>
        <source>the month by inspector</source>
        <translation>месяц по инспекторам</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="165"/>
        <source>the audit log of the month</source>
        <translation>журнал аудита за месяц</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="166"/>
        <source>a recording&apos;s chain of custody</source>
        <translation>цепочка хранения записи</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="171"/>
        <source>from the camera</source>
        <translation>у самого видеорегистратора</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="172"/>
        <source>by the newest file</source>
        <translation>по самому новому файлу</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="173"/>
        <source>not read</source>
        <translation>не считаны</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="174"/>
        <source>a time file on the card</source>
        <translation>файл времени на карте</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="175"/>
        <source>a command over USB</source>
        <translation>команда по USB</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="176"/>
        <source>at issue</source>
        <translation>при выдаче</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="177"/>
        <source>at docking</source>
        <translation>при установке в док-станцию</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="178"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="179"/>
        <source>the camera or card was removed</source>
        <translation>видеорегистратор или карта извлечены</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="180"/>
        <source>the vault disk refused</source>
        <translation>диск хранилища отказал</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="128"/>
        <source>faulty</source>
        <translation>неисправен</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/reports/audit_words.py" line="233"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
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
        <translation>зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="297"/>
        <source>registered as {number}</source>
        <translation>зарегистрирован как {number}</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="299"/>
        <source>state: {old} → {new}</source>
        <translation>состояние: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="301"/>
        <source>in camera: {old} → {new}</source>
        <translation>в видеорегистраторе: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="303"/>
        <source>slot seal: {old} → {new}</source>
        <translation>пломба слота: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="305"/>
        <source>the factory password was changed</source>
        <translation>заводской пароль сменён</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="307"/>
        <source>works here again</source>
        <translation>снова работает</translation>
    </message>
    <message>
        <location filename="../../app/reports/audit_words.py" line="309"/>
        <source>no longer works here</source>
        <translation>больше не работает</translation>
    </message>
</context>
</TS>
