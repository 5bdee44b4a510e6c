error-required = Заповніть це поле.
error-too-long = { $max ->
    [one] Використайте не більше { $max } символу.
   *[other] Використайте не більше { $max } символів.
}
error-wrong-type = Це значення має неправильний тип.
error-body-not-object = Надішліть об'єкт JSON.
error-limit-range = Виберіть ліміт від 1 до 100.
error-cursor-invalid = Цей курсор видано не нами. Почніть спочатку без нього.
error-email-missing = Введіть адресу електронної пошти.
error-email-invalid = Введіть адресу електронної пошти, наприклад name@example.org.
error-email-taken = Обліковий запис із цією адресою електронної пошти вже існує. Увійдіть або відновіть пароль.
error-email-not-verified = Спочатку підтвердьте адресу електронної пошти: відкрийте посилання з листа, який ми вам надіслали. Не отримали листа? Оберіть «Забули пароль?», щоб отримати нове посилання.
error-display-name-missing = Введіть ім'я, яке бачитимуть інші.
error-display-name-invalid = Використовуйте лише літери, цифри та розділові знаки.
error-display-name-invisible = Приберіть невидимі символи (позначки напрямку тексту або пробіли нульової ширини): через них ім'я може виглядати як чуже.
error-password-missing = Введіть пароль.
error-password-too-short = { $min ->
    [one] Використайте щонайменше { $min } символ. Кілька слів разом — хороший пароль.
    [few] Використайте щонайменше { $min } символи. Кілька слів разом — хороший пароль.
    [many] Використайте щонайменше { $min } символів. Кілька слів разом — хороший пароль.
   *[other] Використайте щонайменше { $min } символу. Кілька слів разом — хороший пароль.
}
error-password-common = Цей пароль — один із найпоширеніших. Виберіть інший.
error-password-wrong = Це не ваш поточний пароль.
error-sign-in-failed = Неправильна адреса електронної пошти або пароль.
error-token-invalid = Це посилання вже недійсне. Запросіть нове.
error-locale-unknown = Виберіть одне з: en, pl, da, it, uk.
error-slug-invalid = Використовуйте від 3 до 50 малих літер, цифр і дефісів. Адреса має починатися й закінчуватися літерою або цифрою.
error-slug-taken = Цю адресу вже використовує інша громада.
error-country-invalid = Використовуйте дволітерний код країни, наприклад PL, DK або IT.
error-role-unknown = Виберіть одну з ролей: member, organiser, moderator, admin.
error-nothing-to-change = Укажіть, що змінити: роль, позначку довіреної особи-помічника або і те, й інше.
error-last-admin = У громаді має бути щонайменше одна особа з роллю адміністратора. Спочатку надайте цю роль комусь іншому.
error-forbidden = У вас немає дозволу на цю дію.
error-unauthorised = Увійдіть, щоб це зробити.
error-back-home = Перейти на головну сторінку
problem-bad-request = Неправильний запит
problem-bad-request-detail = Не вдалося прочитати запит. Перевірте адресу та, якщо ви його надсилали, тіло запиту.
problem-unauthorised = Вхід не виконано
problem-forbidden = Заборонено
problem-not-found = Не знайдено
problem-not-found-detail = Тут нічого немає. Можливо, сторінку перемістили чи видалили або в адресі є помилка.
problem-method-not-allowed = Метод не дозволено
problem-method-not-allowed-detail = Ця адреса не приймає такий тип запитів.
problem-conflict = Конфлікт
problem-too-large = Завеликий розмір
problem-too-large-detail = Запит завеликий.
problem-not-json = Це не JSON
problem-not-json-detail = Надішліть тіло запиту як JSON із заголовком Content-Type: application/json.
problem-invalid = Неправильні дані
problem-invalid-detail = Деяких значень бракує або вони неправильні. Перегляньте повідомлення біля кожного поля.
problem-rate-limited = Забагато спроб
problem-rate-limited-detail = { $minutes ->
    [one] Забагато спроб. Спробуйте ще раз через { $minutes } хвилину.
    [few] Забагато спроб. Спробуйте ще раз через { $minutes } хвилини.
    [many] Забагато спроб. Спробуйте ще раз через { $minutes } хвилин.
   *[other] Забагато спроб. Спробуйте ще раз через { $minutes } хвилини.
}
problem-internal = Щось пішло не так
problem-internal-detail = Щось пішло не так на нашому боці. Нічого не змінено. Спробуйте ще раз за хвилину.
problem-csrf-detail = Ця форма застаріла або надійшла з іншого сайту. Нічого не змінено. Поверніться назад, оновіть сторінку й спробуйте ще раз.
problem-reference = Код для служби підтримки: { $id }
error-members-only = Це можуть робити лише учасники цієї громади. Спочатку приєднайтеся до громади.
error-date-invalid = Введіть дату у форматі 2026-12-31.
error-date-past = Виберіть сьогоднішній або пізніший день.
error-language-unknown = Виберіть мови зі списку.
error-support-kind-unknown = Виберіть «Я пропоную допомогу» або «Мені потрібна допомога».
error-support-category-unknown = Виберіть одну з категорій.
error-support-status-unknown = Виберіть: відкрито, узгоджено чи закрито.
error-support-status-filter = Використовуйте «open» або «all».
error-support-offer-sensitive = Конфіденційними можуть бути лише запити.
error-support-kind-fixed = Пропозиція залишається пропозицією, а запит — запитом. Натомість створіть новий допис.
error-support-own = Це ваш допис. Відповідають на нього інші.
error-support-not-open = Цей допис уже не відкритий, тому на нього не можна відповісти.
error-report-reason-unknown = Виберіть причину.
error-report-target-unknown = Виберіть, на що ви скаржитеся: на ініціативу, коментар, пропозицію або запит, повідомлення чи людину.
error-report-target-missing = Укажіть, на що ви скаржитеся.
error-report-duplicate = Ви вже поскаржилися на це. Модератори це розглянуть.
error-minutes-positive = Введіть ціле число хвилин, 1 або більше.
error-minutes-too-many = { $max ->
    [one] Введіть щонайбільше { $max } хвилину (один тиждень).
    [few] Введіть щонайбільше { $max } хвилини (один тиждень).
    [many] Введіть щонайбільше { $max } хвилин (один тиждень).
   *[other] Введіть щонайбільше { $max } хвилини (один тиждень).
}
error-exchange-person-unknown = Виберіть людину з цієї громади.
error-exchange-self = Для обміну потрібні дві різні людини.
error-exchange-not-party = Ви можете записати лише обмін, у якому брали участь.
error-exchange-support-unknown = Ця пропозиція чи запит вам недоступні в цій громаді.
error-exchange-direction = Укажіть, хто дав час: ви чи інша людина.
error-exchange-own-proposal = Цей обмін запропонували ви; підтверджує його інша людина.
error-exchange-decided = Цей обмін уже підтверджено або відхилено.
error-exchange-reversed = Цей обмін уже скасовано.
error-exchange-not-confirmed = Скасувати можна лише підтверджений обмін.
error-exchange-status-unknown = Невідомий статус обміну.
error-limit-mode-unknown = Виберіть «warn» або «block».
error-timebank-minimum-range = Введіть ціле число годин, 0 або більше.
error-timebank-below-limit = Тоді баланс людини, яка отримує час, опуститься нижче ліміту громади: { $min } хв нижче нуля.
error-fund-direction-unknown = Оберіть, у який бік іде час.
error-text-control = Вилучіть із тексту невидимі керівні символи.
error-date-too-far = Оберіть день протягом наступного року.
error-report-own = Не можна поскаржитися на те, що ви написали самі.
error-conversation-closed = Інша людина залишила Micropolis, тож цю розмову закрито.
error-timebank-minimum-minutes = Вкажіть 0 або від'ємну кількість хвилин (не більше 100 тижнів нижче нуля).
error-time-zone-unknown = Виберіть часовий пояс зі списку, наприклад Europe/Kyiv.
error-time-invalid = Вкажіть дату й час, наприклад 2027-03-01T18:00.
error-time-skipped = Цієї години немає, бо годинники переводять на літній час; виберіть інший час.
error-ends-before-start = Кінець має бути після початку.
