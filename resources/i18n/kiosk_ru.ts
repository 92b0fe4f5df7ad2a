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
    <name>CardBarcode</name>
    <message>
        <source>Card barcode</source>
        <translation>Штрихкод карты</translation>
    </message>
    <message>
        <source>Barcode of card {card}</source>
        <translation>Штрихкод карты {card}</translation>
    </message>
</context>
<context>
    <name>CardCodes</name>
    <message>
        <source>Card {card}</source>
        <translation>Карта {card}</translation>
    </message>
</context>
<context>
    <name>CardCodesDialog</name>
    <message>
        <source>Card codes</source>
        <translation>Коды карты</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
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
        <source>Your card came with a PIN. Type it on the pad: it shows the card is yours, and only then do we send the code. It is the same PIN you use to spend your points.</source>
        <translation>К вашей карте прилагался PIN-код. Введите его на клавиатуре: так мы убедимся, что карта ваша, и только тогда отправим код. Это тот же PIN-код, которым вы подтверждаете оплату баллами.</translation>
    </message>
    <message>
        <source>That PIN is not right: type it again.</source>
        <translation>Неверный PIN-код: введите его ещё раз.</translation>
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
    <name>CardQrCode</name>
    <message>
        <source>Card QR code</source>
        <translation>QR-код карты</translation>
    </message>
    <message>
        <source>QR code of card {card}</source>
        <translation>QR-код карты {card}</translation>
    </message>
</context>
<context>
    <name>CodeBoxes</name>
    <message>
        <source>Digit {number} of the code</source>
        <translation>Цифра {number} кода</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Type the code we sent you</source>
        <translation>Введите код, который мы вам отправили</translation>
    </message>
    <message>
        <source>Check the code (Enter)</source>
        <translation>Проверить код (Enter)</translation>
    </message>
    <message>
        <source>Sent to {address}.</source>
        <translation>Код отправлен на {address}.</translation>
    </message>
    <message>
        <source>It may take a minute to arrive: look in the e-mail&apos;s spam folder too.</source>
        <translation>Код может прийти не сразу: загляните и в папку «Спам».</translation>
    </message>
    <message>
        <source>It may take a minute to arrive: look in the phone&apos;s messages.</source>
        <translation>Код может прийти не сразу: проверьте сообщения на телефоне.</translation>
    </message>
    <message numerus="yes">
        <source>It works for %n minutes.</source>
        <translation>
            <numerusform>Код действует %n минуту.</numerusform>
            <numerusform>Код действует %n минуты.</numerusform>
            <numerusform>Код действует %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send a new code (in %n s)</source>
        <translation>
            <numerusform>Новый код (через %n с)</numerusform>
            <numerusform>Новый код (через %n с)</numerusform>
            <numerusform>Новый код (через %n с)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new code (Alt+R)</source>
        <translation>Отправить новый код (Alt+R)</translation>
    </message>
</context>
<context>
    <name>ConnectivityIndicator</name>
    <message>
        <source>Connecting…</source>
        <extracomment>The key that opens the queue; the window binds it with a QShortcut.</extracomment>
        <translation>Подключение…</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n в очереди</numerusform>
            <numerusform>%n в очереди</numerusform>
            <numerusform>%n в очереди</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to sync</source>
        <translation>
            <numerusform>%n ждёт синхронизации</numerusform>
            <numerusform>%n ждут синхронизации</numerusform>
            <numerusform>%n ждут синхронизации</numerusform>
        </translation>
    </message>
    <message>
        <source>all synced</source>
        <translation>всё синхронизировано</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Trouble reaching the server</source>
        <translation>Проблемы со связью с сервером</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>Нет связи с {time}</translation>
    </message>
    <message>
        <source>Trouble reaching the server since {time}</source>
        <translation>Проблемы со связью с сервером с {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}. Press {key} to see the queue.</source>
        <translation>{summary}. Нажмите {key}, чтобы открыть очередь.</translation>
    </message>
    <message>
        <source>Click or press {key} to see the queue of operations.</source>
        <translation>Нажмите сюда или {key}, чтобы открыть очередь операций.</translation>
    </message>
</context>
<context>
    <name>CounterApp</name>
    <message>
        <source>Demo mode on the built-in sandbox. Try card {card}.</source>
        <translation>Демо-режим на встроенной песочнице. Попробуйте карту {card}.</translation>
    </message>
    <message>
        <source>to change the settings</source>
        <extracomment>From the embedded sandbox&apos;s thread: that Backend serves now (True), or could not start (False).</extracomment>
        <translation>для изменения настроек</translation>
    </message>
    <message>
        <source>The new settings were saved but cannot be used: {reason}</source>
        <translation>Новые настройки сохранены, но их нельзя применить: {reason}</translation>
    </message>
</context>
<context>
    <name>CounterSession</name>
    <message>
        <source>The PIN of card {card} was changed.</source>
        <translation>PIN-код карты {card} изменён.</translation>
    </message>
    <message>
        <source>Card {card} has a new PIN.</source>
        <translation>У карты {card} новый PIN-код.</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Ready: scan a card, or type a card number, e-mail or phone and press Enter.</source>
        <extracomment>The message line with nobody on screen (English; the window says it translated).</extracomment>
        <translation>Готово: отсканируйте карту или введите номер карты, e-mail или телефон и нажмите Enter.</translation>
    </message>
    <message>
        <source>Kiosk — loyalty counter</source>
        <translation>Kiosk — касса программы лояльности</translation>
    </message>
    <message>
        <source>Scan a card, or type a card number, e-mail or phone, then Enter</source>
        <translation>Отсканируйте карту или введите номер карты, e-mail или телефон, затем Enter</translation>
    </message>
    <message>
        <source>Ready for the next customer.

Scan their card, or type a card number, e-mail or phone.</source>
        <translation>Готово к следующему клиенту.

Отсканируйте его карту или введите номер карты, e-mail или телефон.</translation>
    </message>
    <message>
        <source>Search (F2)</source>
        <translation>Поиск (F2)</translation>
    </message>
    <message>
        <source>Purchase (F3)</source>
        <translation>Покупка (F3)</translation>
    </message>
    <message>
        <source>Refund (F4)</source>
        <translation>Возврат (F4)</translation>
    </message>
    <message>
        <source>Top up (F5)</source>
        <translation>Пополнить (F5)</translation>
    </message>
    <message>
        <source>Card codes (F6)</source>
        <translation>Коды карты (F6)</translation>
    </message>
    <message>
        <source>Redeem (F11)</source>
        <translation>Списать (F11)</translation>
    </message>
    <message>
        <source>Customer PIN (F12)</source>
        <translation>PIN клиента (F12)</translation>
    </message>
    <message>
        <source>Enrol customer (F7)</source>
        <translation>Новый клиент (F7)</translation>
    </message>
    <message>
        <source>New card (F8)</source>
        <translation>Новая карта (F8)</translation>
    </message>
    <message>
        <source>Queue (F9)</source>
        <translation>Очередь (F9)</translation>
    </message>
    <message>
        <source>Settings (F10)</source>
        <translation>Настройки (F10)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Очистить (Esc)</translation>
    </message>
    <message>
        <source>Search (F2):</source>
        <translation>Поиск (F2):</translation>
    </message>
    <message>
        <source>Looking up {what}…</source>
        <translation>Поиск: {what}…</translation>
    </message>
    <message>
        <source>This card cannot be used: scan the customer&apos;s new card {card}.</source>
        <translation>Эту карту использовать нельзя: отсканируйте новую карту клиента {card}.</translation>
    </message>
    <message>
        <source>This card cannot be used: ask for the customer&apos;s other card, or issue a new one (F8).</source>
        <translation>Эту карту использовать нельзя: попросите у клиента другую карту или выдайте новую (F8).</translation>
    </message>
    <message>
        <source>Card {card}: F3 purchase, F5 top up, F11 redeem, Esc when done.</source>
        <translation>Карта {card}: F3 покупка, F5 пополнение, F11 списание, Esc — готово.</translation>
    </message>
    <message>
        <source>Several cards match: choose the customer&apos;s card.</source>
        <translation>Подходит несколько карт: выберите карту клиента.</translation>
    </message>
    <message>
        <source>Several cards match: choose the customer&apos;s card. {freshness}</source>
        <translation>Подходит несколько карт: выберите карту клиента. {freshness}</translation>
    </message>
    <message>
        <source>No customer found: enrol them (F7) or issue a new card (F8).</source>
        <translation>Клиент не найден: зарегистрируйте его (F7) или выдайте новую карту (F8).</translation>
    </message>
    <message>
        <source>The terminal&apos;s database is damaged: this till cannot take customers.</source>
        <translation>База данных терминала повреждена: эта касса не может обслуживать клиентов.</translation>
    </message>
    <message>
        <source>New card {card} issued: give it to the customer. They can enrol with it later.</source>
        <translation>Выдана новая карта {card}: передайте её клиенту. Зарегистрироваться можно позже.</translation>
    </message>
    <message>
        <source>The customer was cleared from the screen after a while without use. {ready}</source>
        <translation>Клиент убран с экрана после периода бездействия. {ready}</translation>
    </message>
    <message>
        <source>Choose the movement to refund with the arrow keys, then press F4 again.</source>
        <translation>Выберите стрелками операцию для возврата и снова нажмите F4.</translation>
    </message>
    <message>
        <source>Asking the loyalty server for a new card…</source>
        <translation>Запрос новой карты у сервера программы лояльности…</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Choose how you sign in</source>
        <translation>Выберите, как вы будете входить</translation>
    </message>
    <message>
        <source>Send me a code (Enter)</source>
        <translation>Отправить код (Enter)</translation>
    </message>
    <message>
        <source>name@example.com or 333 123 4567</source>
        <translation>name@example.com или +7 912 345-67-89</translation>
    </message>
    <message>
        <source>Your e-mail or mobile number (we send a code there):</source>
        <translation>Ваш e-mail или номер мобильного (туда придёт код):</translation>
    </message>
    <message>
        <source>Choose a password:</source>
        <translation>Придумайте пароль:</translation>
    </message>
    <message>
        <source>Type the password again:</source>
        <translation>Введите пароль ещё раз:</translation>
    </message>
    <message>
        <source>Only you know it: it is shown as dots.</source>
        <translation>Его знаете только вы: на экране он виден как точки.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a letter and a digit.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа, в том числе букву и цифру.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе букву и цифру.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе букву и цифру.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a letter.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа, в том числе букву.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе букву.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе букву.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a digit.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа, в том числе цифру.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе цифру.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов, в том числе цифру.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Purchase</source>
        <extracomment>The English names (translated where shown: operation_name()).</extracomment>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Списание баллов</translation>
    </message>
    <message>
        <source>Credit spent</source>
        <translation>Оплата с баланса</translation>
    </message>
    <message>
        <source>Credit top-up</source>
        <translation>Пополнение баланса</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Live from the loyalty server, at an unknown time.</source>
        <translation>Данные с сервера программы лояльности, время неизвестно.</translation>
    </message>
    <message>
        <source>From this terminal, at an unknown time: checking with the loyalty server…</source>
        <translation>С этого терминала, время неизвестно: проверка на сервере лояльности…</translation>
    </message>
    <message>
        <source>From this terminal, at an unknown time: the loyalty server cannot be reached.</source>
        <translation>С этого терминала, время неизвестно: сервер лояльности недоступен.</translation>
    </message>
    <message>
        <source>Live from the loyalty server, {time} ({age}).</source>
        <translation>Данные с сервера лояльности, {time} ({age}).</translation>
    </message>
    <message>
        <source>From this terminal, as of {time} ({age}): checking with the loyalty server…</source>
        <translation>С этого терминала, на {time} ({age}): проверка на сервере лояльности…</translation>
    </message>
    <message>
        <source>From this terminal, as of {time} ({age}): the loyalty server cannot be reached.</source>
        <translation>С этого терминала, на {time} ({age}): сервер лояльности недоступен.</translation>
    </message>
    <message>
        <source>({change} pending sync)</source>
        <translation>({change} ждут синхронизации)</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>АКТИВНА</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>ЗАБЛОКИРОВАНА</translation>
    </message>
    <message>
        <source>REPLACED</source>
        <translation>ЗАМЕНЕНА</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>НЕИЗВЕСТНО</translation>
    </message>
    <message>
        <source>Anonymous card (customer not registered)</source>
        <translation>Анонимная карта (клиент не зарегистрирован)</translation>
    </message>
    <message>
        <source>Name not kept on this terminal (shown when the loyalty server answers)</source>
        <translation>Имя не хранится на этом терминале (появится, когда ответит сервер лояльности)</translation>
    </message>
    <message>
        <source>Registered customer (no name given)</source>
        <translation>Зарегистрированный клиент (имя не указано)</translation>
    </message>
    <message>
        <source>Card {card}</source>
        <translation>Карта {card}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>{status} — {reason}</source>
        <translation>{status} — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} балл</numerusform>
            <numerusform>{points} балла</numerusform>
            <numerusform>{points} баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>Last movements: loading…</source>
        <translation>Последние операции: загрузка…</translation>
    </message>
    <message>
        <source>Last movements (select one and press F4 to refund it):</source>
        <translation>Последние операции (выберите одну и нажмите F4 для возврата):</translation>
    </message>
    <message>
        <source>Last movements: none yet.</source>
        <translation>Последние операции: пока нет.</translation>
    </message>
    <message>
        <source>Last movements, from this terminal: none kept here.</source>
        <translation>Последние операции с этого терминала: здесь ничего не сохранено.</translation>
    </message>
    <message>
        <source>Last movements, from this terminal as of {time} (select one and press F4 to refund it):</source>
        <translation>Последние операции с этого терминала на {time} (выберите одну и нажмите F4 для возврата):</translation>
    </message>
    <message>
        <source>Last movements, from this terminal (select one and press F4 to refund it):</source>
        <translation>Последние операции с этого терминала (выберите одну и нажмите F4 для возврата):</translation>
    </message>
    <message>
        <source>approved offline by a manager, pending sync</source>
        <translation>одобрено менеджером офлайн, ждёт синхронизации</translation>
    </message>
    <message>
        <source>saved here, pending sync</source>
        <translation>сохранено здесь, ждёт синхронизации</translation>
    </message>
    <message>
        <source>FAILED: {reason}</source>
        <translation>ОШИБКА: {reason}</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>отклонено сервером</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>возвращено</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>синхронизировано</translation>
    </message>
    <message>
        <source>of {receipt}</source>
        <translation>по {receipt}</translation>
    </message>
</context>
<context>
    <name>CustomerPinDialog</name>
    <message>
        <source>Send the code (Enter)</source>
        <translation>Отправить код (Enter)</translation>
    </message>
    <message>
        <source>A one-time code goes to the e-mail or phone the customer gave the loyalty program; with it they choose a new PIN. This also unlocks a locked PIN.</source>
        <translation>Одноразовый код придёт на e-mail или телефон, которые покупатель указал в программе лояльности; с этим кодом он выберет новый PIN-код. Так же снимается и блокировка PIN-кода.</translation>
    </message>
    <message>
        <source>Forgot the PIN? Reset it with a code</source>
        <translation>Забыли PIN-код? Сбросить по коду</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Отправить новый код</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Reset the customer&apos;s PIN</source>
        <translation>Сброс PIN-кода покупателя</translation>
    </message>
    <message>
        <source>Change the customer&apos;s PIN</source>
        <translation>Смена PIN-кода покупателя</translation>
    </message>
    <message>
        <source>{title} — card {card}</source>
        <translation>{title} — карта {card}</translation>
    </message>
    <message>
        <source>Send the customer a one-time code.</source>
        <translation>Отправьте покупателю одноразовый код.</translation>
    </message>
    <message>
        <source>The two new PINs are different: type the new PIN again.</source>
        <translation>Новые PIN-коды не совпадают: введите новый PIN-код ещё раз.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Отправка кода…</translation>
    </message>
    <message numerus="yes">
        <source>A code was sent to {address}; it works for %n minutes.</source>
        <translation>
            <numerusform>Код отправлен на {address}; он действует %n минуту.</numerusform>
            <numerusform>Код отправлен на {address}; он действует %n минуты.</numerusform>
            <numerusform>Код отправлен на {address}; он действует %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A code was sent to the customer; it works for %n minutes.</source>
        <translation>
            <numerusform>Код отправлен покупателю; он действует %n минуту.</numerusform>
            <numerusform>Код отправлен покупателю; он действует %n минуты.</numerusform>
            <numerusform>Код отправлен покупателю; он действует %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer: type your current PIN.</source>
        <translation>Покупатель: введите текущий PIN-код.</translation>
    </message>
    <message>
        <source>Customer: type your new PIN.</source>
        <translation>Покупатель: введите новый PIN-код.</translation>
    </message>
    <message>
        <source>Customer: type the new PIN again.</source>
        <translation>Покупатель: повторите новый PIN-код.</translation>
    </message>
    <message>
        <source>Type the code the customer received.</source>
        <translation>Введите код, который получил покупатель.</translation>
    </message>
</context>
<context>
    <name>DataForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Календарь…</translation>
    </message>
    <message>
        <source>{field}: choose on a calendar</source>
        <translation>{field}: выбрать в календаре</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1990-05-31.</source>
        <translation>Год-месяц-день, например 1990-05-31.</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1990-05-31, or tap Calendar.</source>
        <translation>Год-месяц-день, например 1990-05-31, или нажмите «Календарь».</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Поля со знаком * обязательны.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Даю согласие</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>Не даю согласия</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>{field}, required</source>
        <translation>{field}, обязательное поле</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Ваши согласия</translation>
    </message>
    <message>
        <source>Read each one and choose: you decide, nothing is ticked for you.</source>
        <translation>Прочитайте каждое и выберите: решаете вы, заранее ничего не отмечено.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>About you</source>
        <translation>О вас</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Сохранить (Enter)</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Welcome!</source>
        <translation>Добро пожаловать!</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Готово (Enter)</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone to keep the card with you, or show this code at every purchase.</source>
        <translation>Отсканируйте QR-код телефоном, чтобы карта всегда была с вами, или показывайте этот код при каждой покупке.</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>Добро пожаловать, {name}!</translation>
    </message>
</context>
<context>
    <name>EnrolWizard</name>
    <message>
        <source>Enrol a customer</source>
        <translation>Регистрация покупателя</translation>
    </message>
    <message>
        <source>Change the address (Alt+B)</source>
        <translation>Изменить адрес (Alt+B)</translation>
    </message>
    <message>
        <source>Start again (Alt+N)</source>
        <translation>Начать заново (Alt+N)</translation>
    </message>
    <message>
        <source>Try again (Alt+T)</source>
        <translation>Повторить (Alt+T)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Далее (Enter)</translation>
    </message>
    <message>
        <source>Looking for an unfinished enrolment…</source>
        <translation>Ищем незавершённую регистрацию…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Already registered</source>
        <translation>Покупатель уже зарегистрирован</translation>
    </message>
    <message>
        <source>Close (Enter)</source>
        <translation>Закрыть (Enter)</translation>
    </message>
    <message>
        <source>There is nothing to enrol: they keep using their card. Press Enter to close this window; the counter then shows their card.</source>
        <translation>Регистрировать нечего: покупатель продолжает пользоваться своей картой. Нажмите Enter, чтобы закрыть это окно; затем касса покажет его карту.</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <source>Manager PIN</source>
        <translation>PIN менеджера</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <source>OK (Enter)</source>
        <translation>OK (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>No manager PIN is set yet. Choose one now: {low} to {high} digits, typed twice. Staff will need it to discard operations and change settings.</source>
        <translation>PIN менеджера ещё не задан. Выберите его сейчас: от {low} до {high} цифр, дважды. Он понадобится, чтобы отменять операции и менять настройки.</translation>
    </message>
    <message>
        <source>New manager PIN:</source>
        <translation>Новый PIN менеджера:</translation>
    </message>
    <message>
        <source>Type the manager PIN {reason}.</source>
        <translation>Введите PIN менеджера, {reason}.</translation>
    </message>
    <message>
        <source>This needs the manager: type the manager PIN.</source>
        <translation>Нужен менеджер: введите PIN менеджера.</translation>
    </message>
    <message>
        <source>Manager PIN:</source>
        <translation>PIN менеджера:</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong manager PINs: try again in %n seconds.</source>
        <translation>
            <numerusform>Слишком много неверных PIN: повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных PIN: повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных PIN: повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Wrong manager PIN.</source>
        <translation>Неверный PIN менеджера.</translation>
    </message>
    <message>
        <source>The manager PIN could not be saved; the log has the details.</source>
        <translation>Не удалось сохранить PIN менеджера; подробности в журнале.</translation>
    </message>
    <message>
        <source>The manager PIN could not be checked; the log has the details.</source>
        <translation>Не удалось проверить PIN менеджера; подробности в журнале.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type it again in the second field.</source>
        <translation>PIN-коды не совпадают: введите его ещё раз во втором поле.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message numerus="yes">
        <source>%n cards match. Choose one: arrows and Enter, or its number (1–{last}).</source>
        <translation>
            <numerusform>Найдена %n карта. Выберите её стрелками и Enter или по номеру (1–{last}).</numerusform>
            <numerusform>Найдено %n карты. Выберите одну стрелками и Enter или по номеру (1–{last}).</numerusform>
            <numerusform>Найдено %n карт. Выберите одну стрелками и Enter или по номеру (1–{last}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}  ·  card {card}  ·  {points} points</source>
        <translation>
            <numerusform>{name}  ·  карта {card}  ·  {points} балл</numerusform>
            <numerusform>{name}  ·  карта {card}  ·  {points} балла</numerusform>
            <numerusform>{name}  ·  карта {card}  ·  {points} баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>{card_line} — {status}</source>
        <translation>{card_line} — {status}</translation>
    </message>
</context>
<context>
    <name>NotFoundPanel</name>
    <message>
        <source>Is the customer new? Enrol them, or give them a new card now and enrol later.</source>
        <translation>Новый клиент? Зарегистрируйте его или выдайте новую карту сейчас, а зарегистрируйте позже.</translation>
    </message>
    <message>
        <source>Enrol customer (F7)</source>
        <translation>Регистрация клиента (F7)</translation>
    </message>
    <message>
        <source>Issue new card (F8)</source>
        <translation>Выдать новую карту (F8)</translation>
    </message>
    <message>
        <source>No customer found for “{text}”. {message}</source>
        <translation>Клиент по запросу «{text}» не найден. {message}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Never use your bank card&apos;s PIN here.</source>
        <translation>Никогда не вводите здесь PIN-код банковской карты.</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>Клавиатура для PIN-кода</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>Цифра {digit}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Стереть PIN-код</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Удалить последнюю цифру</translation>
    </message>
    <message>
        <source>PIN: {typed} {of_length} digits typed</source>
        <translation>PIN-код: введено цифр — {typed} {of_length}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ни одной</translation>
    </message>
    <message>
        <source>one</source>
        <translation>одна</translation>
    </message>
    <message>
        <source>two</source>
        <translation>две</translation>
    </message>
    <message>
        <source>three</source>
        <translation>три</translation>
    </message>
    <message>
        <source>four</source>
        <translation>четыре</translation>
    </message>
    <message>
        <source>five</source>
        <translation>пять</translation>
    </message>
    <message>
        <source>six</source>
        <translation>шесть</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>семь</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>восемь</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>девять</translation>
    </message>
    <message>
        <source>ten</source>
        <translation>десять</translation>
    </message>
    <message>
        <source>eleven</source>
        <translation>одиннадцать</translation>
    </message>
    <message>
        <source>twelve</source>
        <translation>двенадцать</translation>
    </message>
    <message>
        <source>of three</source>
        <translation>из трёх</translation>
    </message>
    <message>
        <source>of four</source>
        <translation>из четырёх</translation>
    </message>
    <message>
        <source>of five</source>
        <translation>из пяти</translation>
    </message>
    <message>
        <source>of six</source>
        <translation>из шести</translation>
    </message>
    <message>
        <source>of seven</source>
        <translation>из семи</translation>
    </message>
    <message>
        <source>of eight</source>
        <translation>из восьми</translation>
    </message>
    <message>
        <source>of nine</source>
        <translation>из девяти</translation>
    </message>
    <message>
        <source>of ten</source>
        <translation>из десяти</translation>
    </message>
    <message>
        <source>of eleven</source>
        <translation>из одиннадцати</translation>
    </message>
    <message>
        <source>of twelve</source>
        <translation>из двенадцати</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choose your PIN</source>
        <translation>Выберите PIN-код</translation>
    </message>
    <message>
        <source>Save the PIN (Enter)</source>
        <translation>Сохранить PIN-код (Enter)</translation>
    </message>
    <message>
        <source>Your new PIN:</source>
        <translation>Новый PIN-код:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Введите его ещё раз:</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n digits that only you know. You type them at the till to spend your points or credit.</source>
        <translation>
            <numerusform>Выберите %n цифру, которую знаете только вы. Её нужно вводить на кассе, чтобы расплатиться баллами или средствами на карте.</numerusform>
            <numerusform>Выберите %n цифры, которые знаете только вы. Их нужно вводить на кассе, чтобы расплатиться баллами или средствами на карте.</numerusform>
            <numerusform>Выберите %n цифр, которые знаете только вы. Их нужно вводить на кассе, чтобы расплатиться баллами или средствами на карте.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Save purchase (Enter)</source>
        <translation>Сохранить (Enter)</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>номер чека</translation>
    </message>
    <message>
        <source>Type the amount to see the points it earns.</source>
        <translation>Введите сумму, чтобы увидеть начисляемые баллы.</translation>
    </message>
    <message>
        <source>Amount ({currency}):</source>
        <translation>Сумма ({currency}):</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Номер чека:</translation>
    </message>
    <message>
        <source>Working out the points…</source>
        <translation>Подсчёт баллов…</translation>
    </message>
    <message>
        <source>{amount}: the points cannot be worked out offline yet; the server will count them.</source>
        <translation>{amount}: баллы пока нельзя подсчитать офлайн; их начислит сервер.</translation>
    </message>
    <message numerus="yes">
        <source>{amount} earns {points} points.</source>
        <translation>
            <numerusform>За {amount} начисляется {points} балл.</numerusform>
            <numerusform>За {amount} начисляется {points} балла.</numerusform>
            <numerusform>За {amount} начисляется {points} баллов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{amount} earns about {points} points (campaign rule; the loyalty server confirms when it syncs).</source>
        <translation>
            <numerusform>За {amount} начисляется около {points} балла (по правилу акции; сервер подтвердит при синхронизации).</numerusform>
            <numerusform>За {amount} начисляется около {points} баллов (по правилу акции; сервер подтвердит при синхронизации).</numerusform>
            <numerusform>За {amount} начисляется около {points} баллов (по правилу акции; сервер подтвердит при синхронизации).</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the receipt number.</source>
        <translation>Укажите номер чека.</translation>
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
        <source>Nothing failed. Everything is saved and syncing.</source>
        <extracomment>In English, the source text; the dialog shows it translated.</extracomment>
        <translation>Ошибок нет. Всё сохранено и синхронизируется.</translation>
    </message>
    <message>
        <source>Operations queue</source>
        <translation>Очередь операций</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Чтение очереди…</translation>
    </message>
    <message>
        <source>Choose a row with the arrow keys. Retry (R) sends it again now; Discard (D) gives it up for good and needs the manager PIN.</source>
        <translation>Выберите строку стрелками. «Повторить» (R) сразу отправит её ещё раз; «Удалить» (D) откажется от неё навсегда и требует PIN менеджера.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Amount / points</source>
        <translation>Сумма / баллы</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Причина ошибки</translation>
    </message>
    <message>
        <source>Retry (R)</source>
        <translation>Повторить (R)</translation>
    </message>
    <message>
        <source>Send the chosen operation again now.</source>
        <translation>Сразу отправить выбранную операцию ещё раз.</translation>
    </message>
    <message>
        <source>Send every waiting operation now, without waiting for the next try.</source>
        <translation>Отправить все ожидающие операции сейчас, не дожидаясь следующей попытки.</translation>
    </message>
    <message>
        <source>Discard… (D)</source>
        <translation>Удалить… (D)</translation>
    </message>
    <message>
        <source>Give up on the chosen operation for good (needs the manager PIN).</source>
        <translation>Навсегда отказаться от выбранной операции (нужен PIN менеджера).</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Пополнение</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Списание баллов</translation>
    </message>
    <message>
        <source>Credit used</source>
        <translation>Оплата с баланса</translation>
    </message>
    <message>
        <source>{operation}, receipt {receipt}</source>
        <translation>{operation}, чек {receipt}</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} балл</numerusform>
            <numerusform>{points} балла</numerusform>
            <numerusform>{points} баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>{money} credit</source>
        <translation>баланс {money}</translation>
    </message>
    <message>
        <source>{waiting} waiting to sync · {failed} failed · {sent} sent · {discarded} discarded</source>
        <translation>Ждут отправки: {waiting} · С ошибкой: {failed} · Отправлено: {sent} · Удалено: {discarded}</translation>
    </message>
    <message>
        <source>{when}, card {card}: {effect}</source>
        <translation>{when}, карта {card}: {effect}</translation>
    </message>
    <message>
        <source>Approved offline by a manager, waiting for the loyalty server: {operations}.</source>
        <translation>Одобрено менеджером без связи, ждёт сервера лояльности: {operations}.</translation>
    </message>
    <message>
        <source>{operation} on card {card} will be sent again now.</source>
        <translation>{operation}, карта {card}: отправляется ещё раз.</translation>
    </message>
    <message>
        <source>Waiting operations are being sent now.</source>
        <translation>Ожидающие операции отправляются.</translation>
    </message>
    <message>
        <source>{operation}, card {card}, {effect}</source>
        <translation>{operation}, карта {card}, {effect}</translation>
    </message>
    <message>
        <source>{operation}, card {card}</source>
        <translation>{operation}, карта {card}</translation>
    </message>
    <message>
        <source>to discard this operation ({what}): it will never reach the loyalty server</source>
        <translation>для удаления этой операции ({what}): она никогда не попадёт на сервер лояльности</translation>
    </message>
    <message>
        <source>Nothing was discarded.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message>
        <source>Discarded: {what}.</source>
        <translation>Удалено: {what}.</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Redeeming needs the connection to the loyalty server, which cannot be reached now.</source>
        <extracomment>English; the dialog says it translated.</extracomment>
        <translation>Для списания нужна связь с сервером лояльности, а он сейчас недоступен.</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Списание</translation>
    </message>
    <message>
        <source>&lt;b&gt;Redeem&lt;/b&gt; — card {card}, {name}</source>
        <translation>&lt;b&gt;Списание&lt;/b&gt; — карта {card}, {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Redeem&lt;/b&gt; — card {card}</source>
        <translation>&lt;b&gt;Списание&lt;/b&gt; — карта {card}</translation>
    </message>
    <message>
        <source>Reset the PIN…</source>
        <translation>Сбросить PIN…</translation>
    </message>
    <message>
        <source>Manager approval (offline)…</source>
        <translation>Одобрение менеджера (офлайн)…</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Баллы</translation>
    </message>
    <message>
        <source>C&amp;redit</source>
        <translation>Ба&amp;ланс</translation>
    </message>
    <message>
        <source>Next: the customer&apos;s PIN (Enter)</source>
        <translation>Далее: PIN клиента (Enter)</translation>
    </message>
    <message>
        <source>Customer: type your PIN to confirm.</source>
        <translation>Клиент: введите свой PIN для подтверждения.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>points, e.g. 500</source>
        <translation>баллы, напр. 500</translation>
    </message>
    <message numerus="yes">
        <source>The card has {points} points to redeem.</source>
        <translation>
            <numerusform>На карте {points} балл для списания.</numerusform>
            <numerusform>На карте {points} балла для списания.</numerusform>
            <numerusform>На карте {points} баллов для списания.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From {low} to {high} points; one point is worth {value}.</source>
        <translation>
            <numerusform>От {low} до {high} балла; один балл стоит {value}.</numerusform>
            <numerusform>От {low} до {high} баллов; один балл стоит {value}.</numerusform>
            <numerusform>От {low} до {high} баллов; один балл стоит {value}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least {low} points are needed to redeem.</source>
        <translation>
            <numerusform>Для списания нужен минимум {low} балл.</numerusform>
            <numerusform>Для списания нужно минимум {low} балла.</numerusform>
            <numerusform>Для списания нужно минимум {low} баллов.</numerusform>
        </translation>
    </message>
    <message>
        <source>amount in {currency}, e.g. {example}</source>
        <translation>сумма в {currency}, напр. {example}</translation>
    </message>
    <message>
        <source>The card has {credit} of credit to spend.</source>
        <translation>На карте {credit} для оплаты.</translation>
    </message>
    <message>
        <source>Up to {credit}.</source>
        <translation>До {credit}.</translation>
    </message>
    <message numerus="yes">
        <source>{points} points = {value}</source>
        <translation>
            <numerusform>{points} балл = {value}</numerusform>
            <numerusform>{points} балла = {value}</numerusform>
            <numerusform>{points} баллов = {value}</numerusform>
        </translation>
    </message>
    <message>
        <source>{credit} of credit</source>
        <translation>{credit} с баланса</translation>
    </message>
    <message numerus="yes">
        <source>Redeem {points} points ({value})</source>
        <translation>
            <numerusform>Списать {points} балл ({value})</numerusform>
            <numerusform>Списать {points} балла ({value})</numerusform>
            <numerusform>Списать {points} баллов ({value})</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeem {credit} of credit</source>
        <translation>Списать {credit} с баланса</translation>
    </message>
    <message>
        <source>Checking the PIN with the loyalty server…</source>
        <translation>Проверка PIN на сервере лояльности…</translation>
    </message>
    <message>
        <source>{reason} {needs_server}</source>
        <translation>{reason} {needs_server}</translation>
    </message>
    <message numerus="yes">
        <source>Without the loyalty server at most {points} points may be redeemed on this card now.</source>
        <translation>
            <numerusform>Без сервера лояльности сейчас можно списать с этой карты не больше {points} балла.</numerusform>
            <numerusform>Без сервера лояльности сейчас можно списать с этой карты не больше {points} баллов.</numerusform>
            <numerusform>Без сервера лояльности сейчас можно списать с этой карты не больше {points} баллов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to approve redeeming {points} points ({value}) without the customer&apos;s PIN, while offline</source>
        <translation>
            <numerusform>чтобы одобрить списание {points} балла ({value}) без PIN клиента в офлайн-режиме</numerusform>
            <numerusform>чтобы одобрить списание {points} баллов ({value}) без PIN клиента в офлайн-режиме</numerusform>
            <numerusform>чтобы одобрить списание {points} баллов ({value}) без PIN клиента в офлайн-режиме</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Refund (Enter)</source>
        <translation>Оформить возврат (Enter)</translation>
    </message>
    <message>
        <source>Keep it (Esc)</source>
        <translation>Не возвращать (Esc)</translation>
    </message>
    <message>
        <source>Refund the {what} of {amount} on receipt {receipt}?</source>
        <translation>Оформить возврат ({what}) на {amount} по чеку {receipt}?</translation>
    </message>
    <message>
        <source>Refund the {what} of {amount} (no receipt number)?</source>
        <translation>Оформить возврат ({what}) на {amount} (без номера чека)?</translation>
    </message>
    <message>
        <source>Refund the {what} on receipt {receipt}?</source>
        <translation>Оформить возврат ({what}) по чеку {receipt}?</translation>
    </message>
    <message>
        <source>Refund the {what} (no receipt number)?</source>
        <translation>Оформить возврат ({what}) без номера чека?</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} балл</numerusform>
            <numerusform>{points} балла</numerusform>
            <numerusform>{points} баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>{credit} credit</source>
        <translation>{credit} на балансе</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>This changes the card by {change}.</source>
        <translation>Изменение на карте: {change}.</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>Go on where you were?</source>
        <translation>Продолжить с того же места?</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Продолжить (Enter)</translation>
    </message>
    <message>
        <source>An enrolment for {customer} was not finished.</source>
        <translation>Регистрация для {customer} не была завершена.</translation>
    </message>
    <message>
        <source>An enrolment was not finished.</source>
        <translation>Одна регистрация не была завершена.</translation>
    </message>
    <message>
        <source>Press Enter to go on where it stopped (what was typed is kept; passwords and codes are asked again), or start again for someone else.</source>
        <translation>Нажмите Enter, чтобы продолжить с того места, где она прервалась (введённое сохранено; пароли и коды нужно ввести заново), или начните заново для другого покупателя.</translation>
    </message>
    <message>
        <source>It stopped at the password and the code.</source>
        <translation>Она прервалась на пароле и коде.</translation>
    </message>
    <message>
        <source>It stopped at the customer&apos;s details.</source>
        <translation>Она прервалась на данных покупателя.</translation>
    </message>
    <message>
        <source>It stopped at the choice of the PIN.</source>
        <translation>Она прервалась на выборе PIN-кода.</translation>
    </message>
</context>
<context>
    <name>SaveReport</name>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} балл</numerusform>
            <numerusform>{points} балла</numerusform>
            <numerusform>{points} баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>{money} credit</source>
        <translation>баланс {money}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>{operation} ({change})</source>
        <translation>{operation} ({change})</translation>
    </message>
    <message>
        <source>Saved: {operation}, pending sync.</source>
        <translation>Сохранено: {operation}, ожидает синхронизации.</translation>
    </message>
    <message>
        <source>Synced: {operation}.</source>
        <translation>Синхронизировано: {operation}.</translation>
    </message>
    <message>
        <source>The loyalty server refused an operation saved here: {reason} Staff can see it in the queue (F9).</source>
        <translation>Сервер лояльности отклонил операцию, сохранённую здесь: {reason} Сотрудники увидят её в очереди (F9).</translation>
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
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to go on</source>
        <translation>Войдите, чтобы продолжить</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Продолжить (Enter)</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Ваш пароль:</translation>
    </message>
    <message>
        <source>Signing in as {username}.</source>
        <translation>Вход как {username}.</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Saved on this terminal — will sync with the loyalty server.</source>
        <translation>Сохранено на этом терминале — будет синхронизировано с сервером лояльности.</translation>
    </message>
    <message>
        <source>Synced with the loyalty server.</source>
        <translation>Синхронизировано с сервером лояльности.</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Печать (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>{card} — {name}</source>
        <translation>{card} — {name}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость баллов</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>by a manager, offline</source>
        <translation>менеджером, без связи</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Points now</source>
        <translation>Баллов сейчас</translation>
    </message>
    <message>
        <source>Credit now</source>
        <translation>Баланс сейчас</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Код операции</translation>
    </message>
    <message>
        <source>{change} (expected)</source>
        <translation>{change} (ожидается)</translation>
    </message>
    <message>
        <source>{balance} ({change} pending sync)</source>
        <translation>{balance} ({change} в ожидании синхронизации)</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Карта лояльности</translation>
    </message>
    <message>
        <source>Refused by the loyalty server, nothing was applied: {reason}</source>
        <translation>Отклонено сервером лояльности, ничего не применено: {reason}</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>Печать квитанции</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Enrol a customer</source>
        <translation>Регистрация покупателя</translation>
    </message>
    <message>
        <source>Check (Enter)</source>
        <translation>Проверить (Enter)</translation>
    </message>
    <message>
        <source>Card number, e-mail or mobile</source>
        <translation>Номер карты, e-mail или мобильный</translation>
    </message>
    <message>
        <source>The customer&apos;s card number, e-mail or mobile number:</source>
        <translation>Номер карты, e-mail или мобильный телефон покупателя:</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Credit top-up</source>
        <translation>Пополнение баланса</translation>
    </message>
    <message>
        <source>Top up (Enter)</source>
        <translation>Пополнить (Enter)</translation>
    </message>
    <message>
        <source>Credit now: {credit}</source>
        <translation>Баланс сейчас: {credit}</translation>
    </message>
    <message>
        <source>Add credit ({currency}):</source>
        <translation>Пополнить на ({currency}):</translation>
    </message>
    <message>
        <source>Credit after the top-up: {credit}</source>
        <translation>Баланс после пополнения: {credit}</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — card {card}, {name}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — карта {card}, {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — card {card}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — карта {card}</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>напр. {example}</translation>
    </message>
</context>
<context>
    <name>_Symbol</name>
    <message>
        <source>Make this window larger to show the code.</source>
        <translation>Увеличьте окно, чтобы увидеть код.</translation>
    </message>
</context>
</TS>
