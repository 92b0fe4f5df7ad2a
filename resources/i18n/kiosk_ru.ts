<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_GB">
<context>
    <name>AgeWords</name>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardPinPage</name>
    <message>
        <source>The PIN that came with your card</source>
        <translation>PIN-код, выданный с картой</translation>
    </message>
    <message>
        <source>Send me the code (Enter)</source>
        <translation>Отправить код (Enter)</translation>
    </message>
    <message>
        <source>Reset the card&apos;s PIN (Alt+P)</source>
        <translation>Сбросить PIN-код карты (Alt+P)</translation>
    </message>
    <message>
        <source>Alt+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card came with a PIN. Type it on the pad: it shows the card is yours, and only then do we send the code. It is the same PIN you use to spend your points.</source>
        <translation>К вашей карте прилагался PIN-код. Введите его на клавиатуре: так мы убедимся, что карта ваша, и только тогда отправим код. Это тот же PIN-код, которым вы подтверждаете оплату баллами.</translation>
    </message>
    <message>
        <source>That PIN is not right: type it again.</source>
        <translation>Неверный PIN-код: введите его ещё раз.</translation>
    </message>
    <message>
        <source>That PIN is not right: 1 try left before the PIN locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right: %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>Неверный PIN-код: осталась %n попытка, потом PIN-код заблокируется.</numerusform>
            <numerusform>Неверный PIN-код: осталось %n попытки, потом PIN-код заблокируется.</numerusform>
            <numerusform>Неверный PIN-код: осталось %n попыток, потом PIN-код заблокируется.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked after too many wrong tries, so no code can be sent. Staff can reset it with a code sent to the e-mail or phone the shop has on file (Reset the card&apos;s PIN); without either on file, the shop&apos;s support unlocks it. Or start again and enrol as a new customer.</source>
        <translation>PIN-код карты заблокирован после слишком многих неверных попыток, поэтому код отправить нельзя. Сотрудник может сбросить его с помощью кода, отправленного на e-mail или телефон, которые есть у магазина (Сбросить PIN-код карты); если нет ни того, ни другого, PIN-код разблокирует служба поддержки магазина. Или начните заново и зарегистрируйтесь как новый покупатель.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN has %n digits: type all of them.</source>
        <translation>
            <numerusform>PIN-код состоит из %n цифры: введите все.</numerusform>
            <numerusform>PIN-код состоит из %n цифр: введите все.</numerusform>
            <numerusform>PIN-код состоит из %n цифр: введите все.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>The terminal&apos;s database is damaged: this till cannot take customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>today {time}</source>
        <translation>сегодня {time}</translation>
    </message>
    <message>
        <source>Send now (S)</source>
        <translation>Отправить сейчас (S)</translation>
    </message>
    <message>
        <source>Send every waiting operation now, without waiting for the next try.</source>
        <translation>Отправить все ожидающие операции сейчас, не дожидаясь следующей попытки.</translation>
    </message>
    <message>
        <source>Waiting operations are being sent now.</source>
        <translation>Ожидающие операции отправляются.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loyalty server address:</source>
        <translation>Адрес сервера лояльности:</translation>
    </message>
    <message>
        <source>Api key:</source>
        <translation>Ключ API:</translation>
    </message>
    <message>
        <source>Campaign number:</source>
        <translation>Номер кампании:</translation>
    </message>
    <message>
        <source>Terminal serial number:</source>
        <translation>Серийный номер терминала:</translation>
    </message>
    <message>
        <source>Terminal user name:</source>
        <translation>Имя пользователя терминала:</translation>
    </message>
    <message>
        <source>Terminal password:</source>
        <translation>Пароль терминала:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Wipe the customer&apos;s screen after (seconds):</source>
        <translation>Очищать экран клиента через (секунд):</translation>
    </message>
    <message>
        <source>Country of phone numbers:</source>
        <translation>Страна телефонных номеров:</translation>
    </message>
    <message>
        <source>PIN pad:</source>
        <translation>PIN-клавиатура:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>https://…  (empty: built-in sandbox)</source>
        <translation>https://…  (пусто: встроенная песочница)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Shuffle the digits each time</source>
        <translation>Перемешивать цифры каждый раз</translation>
    </message>
    <message>
        <source>Test connection (Ctrl+T)</source>
        <translation>Проверить связь (Ctrl+T)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Set when the app was started, and stronger than what is saved here: {names}.</source>
        <translation>Заданы при запуске приложения и важнее того, что сохранено здесь: {names}.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>Leave it empty to use the built-in sandbox with demo data (no real customers).</source>
        <translation>Оставьте пустым, чтобы работать со встроенной песочницей и демо-данными (без настоящих клиентов).</translation>
    </message>
    <message>
        <source>Leave it empty to keep the one saved.</source>
        <translation>Оставьте пустым, чтобы сохранить прежнее значение.</translation>
    </message>
    <message>
        <source>0 means never.</source>
        <translation>0 — никогда.</translation>
    </message>
    <message>
        <source>Two letters, for example IT: used for phone numbers typed without +.</source>
        <translation>Две буквы, например RU: для телефонных номеров, набранных без +.</translation>
    </message>
    <message>
        <source>Against smudges and onlookers; a customer used to the phone layout is slower with it.</source>
        <translation>Против следов пальцев и посторонних глаз; клиенту, привыкшему к раскладке телефона, так медленнее.</translation>
    </message>
    <message>
        <source>With no address, the built-in sandbox starts with the app.</source>
        <translation>Без адреса вместе с приложением запускается встроенная песочница.</translation>
    </message>
    <message>
        <source>The connection test could not run.</source>
        <translation>Не удалось проверить связь.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверка связи…</translation>
    </message>
    <message>
        <source>With a loyalty server address, also fill in: {fields}.</source>
        <translation>Если указан адрес сервера лояльности, заполните также: {fields}.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Не удалось сохранить настройки: {error}</translation>
    </message>
</context>
</TS>
