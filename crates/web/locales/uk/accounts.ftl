sign-up-title = Створіть обліковий запис
sign-up-intro = Це займе хвилину. Вашу адресу електронної пошти ніколи не побачать інші.
sign-up-submit = Створити обліковий запис
sign-up-have-account = Уже маєте обліковий запис?
sign-up-check-inbox-title = Перевірте пошту
sign-up-check-inbox = Ми надіслали вам лист із посиланням. Відкрийте його, щоб підтвердити адресу електронної пошти, а потім увійдіть.
sign-in-title = Увійти
sign-in-submit = Увійти
sign-in-forgot = Забули пароль?
sign-in-no-account = Уперше тут?
field-display-name = Ваше ім'я
field-display-name-hint = Ім'я, яке бачитимуть інші. Можна вказати лише ім'я, без прізвища.
field-email = Адреса електронної пошти
field-password = Пароль
field-new-password = Новий пароль
field-new-password-hint = Щонайменше 10 символів. Кілька слів разом — хороший пароль.
field-current-password = Поточний пароль
field-locale = Мова
verify-title = Підтвердьте адресу електронної пошти
verify-intro = Натисніть кнопку, щоб підтвердити, що ця адреса електронної пошти належить вам.
verify-submit = Підтвердити мою адресу
verify-done-title = Адресу електронної пошти підтверджено
verify-done = Дякуємо. Вашу адресу електронної пошти підтверджено, тепер ви можете увійти.
reset-title = Відновлення пароля
reset-intro = Введіть адресу електронної пошти вашого облікового запису. Ми надішлемо вам посилання, щоб ви могли вибрати новий пароль.
reset-submit = Надіслати посилання
reset-sent-title = Перевірте пошту
reset-sent = Якщо ця адреса належить обліковому запису, лист із посиланням уже в дорозі. Посилання діє одну годину.
reset-new-title = Виберіть новий пароль
reset-new-submit = Зберегти новий пароль
reset-done-title = Пароль змінено
reset-done = Новий пароль збережено. Для вашої безпеки ми виконали вихід на всіх пристроях. Увійдіть знову.
account-title = Мій обліковий запис
account-memberships = Мої громади
account-no-memberships = Ви ще не приєдналися до жодної громади.
account-find-community = Знайти громаду
account-settings = Ім'я та мова
account-email-is = Ваша адреса електронної пошти: { $email }
account-save = Зберегти
account-saved-settings = Ваше ім'я та мову збережено.
account-password = Пароль
account-password-intro = Коли ви зміните пароль, ми виконаємо вихід на всіх інших пристроях.
account-change-password = Змінити пароль
account-saved-password = Пароль змінено. На інших пристроях виконано вихід.
account-sessions = Пристрої, на яких ви ввійшли
account-sessions-intro = Якщо ви не впізнаєте пристрій, вийдіть на ньому й змініть пароль.
account-session-current = цей пристрій
account-session-last-seen = Остання активність: { $when }
account-session-end = Вийти: { $device }
account-session-unknown-device = Невідомий пристрій
account-saved-session = На цьому пристрої виконано вихід.
mail-verify-subject = Підтвердьте адресу електронної пошти для Micropolis
mail-verify-body =
    Вітаємо, { $name }!

    Раді бачити вас у Micropolis. Будь ласка, підтвердьте адресу електронної пошти — відкрийте це посилання:

    { $link }

    Посилання діє два дні. Якщо ви не створювали обліковий запис, просто проігноруйте цей лист.
mail-reset-subject = Відновлення пароля в Micropolis
mail-reset-body =
    Вітаємо, { $name }!

    Хтось попросив відновити пароль вашого облікового запису в Micropolis. Щоб вибрати новий пароль, відкрийте це посилання:

    { $link }

    Посилання діє одну годину. Якщо це були не ви, проігноруйте цей лист: ваш пароль залишиться без змін.
