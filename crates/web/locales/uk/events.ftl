# Події та місця.
community-nav-events = Події
events-home-title = Незабаром
events-see-all = Усі події
events-title = Події
events-past-title = Минулі події
events-intro = Що відбувається поруч. Час указано за годинником там, де відбувається подія.
events-past-intro = Події, що вже відбулися, від найновіших.
events-upcoming-link = Незабаром
events-past-link = Минулі події
events-mine-title = Мої події
events-mine-intro = Події, на які ви йдете або чекаєте в списку очікування, в усіх ваших спільнотах.
events-mine-none = Ви ще не записалися на жодну подію.
events-calendar-link = Календар (.ics)
feed-link = Стрічка новин (Atom)
feed-title = новини й події
events-filters = Фільтрувати події
events-field-language = Мова події
events-any-language = Будь-яка мова
events-field-access = Доступність
events-any-access = Будь-яка
events-field-place = Місце
events-any-place = Будь-де
events-filter-submit = Показати події
events-results = Події
events-none = Поки нічого не заплановано.
events-more = Ще
event-new = Додати подію
event-online = Онлайн
event-full = місць немає
event-going-count = { $count ->
    [one] { $count } людина йде
    [few] { $count } людини йдуть
    [many] { $count } людей йдуть
   *[other] { $count } людини йдуть
}
event-waiting-count = { $count ->
    [one] { $count } людина чекає
    [few] { $count } людини чекають
    [many] { $count } людей чекають
   *[other] { $count } людини чекають
}
event-places-left = { $count ->
    [one] залишилося { $count } місце
    [few] залишилося { $count } місця
    [many] залишилося { $count } місць
   *[other] залишилося { $count } місця
}
weekday-mon = понеділок
weekday-tue = вівторок
weekday-wed = середа
weekday-thu = четвер
weekday-fri = п'ятниця
weekday-sat = субота
weekday-sun = неділя
access-step_free = Вхід без сходинок
access-accessible_toilet = Доступний туалет
access-hearing_loop = Індукційна петля
access-seating = Місця для сидіння
access-quiet_room = Тиха кімната
event-status-going = Іду
event-status-waitlisted = У списку очікування
event-when = Коли
event-ended = подія завершилася
event-where = Де
event-attendance = Місця
event-price = Ціна
event-accessibility = Доступність
event-languages = Мови події
event-organiser = Організатор
event-add-to-calendar = Додати до мого календаря (.ics)
event-poster-link = Плакат для друку
event-rsvp-title = Прийдете?
event-ended-no-rsvp = Ця подія вже завершилася.
event-you-are-going = Ви йдете.
event-cancel = Я все ж не зможу прийти
event-you-are-waiting = Ви у списку очікування. Якщо звільниться місце, воно ваше, і ми вам напишемо.
event-leave-waitlist = Вийти зі списку очікування
event-full-join-waitlist = Усі місця зайняті. Запишіться до списку очікування: якщо хтось скасує, ви отримаєте його місце.
event-join-waitlist = Записати мене до списку очікування
event-rsvp = Я прийду
event-join-to-rsvp = Приєднайтеся до спільноти, щоб записатися
event-sign-in-to-rsvp = Увійдіть, щоб записатися
event-attendees-title = Хто прийде
event-attendees-none = Ще ніхто не записався.
event-notice-created = Подію додано до календаря.
event-notice-going = Ви йдете. До зустрічі!
event-notice-waitlisted = Ви у списку очікування.
event-notice-cancelled = Скасовано. Дякуємо, що повідомили.
event-poster-back = Назад до події
event-poster-scan = Скануйте, щоб побачити подію й записатися:
event-form-intro = Вказуйте час за годинником там, де відбувається подія.
event-field-title = Назва
event-field-body = Опис
event-field-starts = Початок
event-field-time-hint = Дата й час, наприклад 2027-03-01 18:00.
event-field-ends = Кінець
event-field-zone = Часовий пояс
event-field-place = Місце
event-field-place-hint = Виберіть місце, вкажіть онлайн-посилання або і те, і те.
event-no-place = Без місця (лише онлайн)
event-field-online = Онлайн-посилання
event-field-capacity = Кількість місць
event-field-capacity-hint = Залиште порожнім, якщо без обмежень.
event-field-price = Ціна
event-field-price-hint = Наприклад «безкоштовно» або «10 zł». Може бути порожнім.
event-create-submit = Додати до календаря
places-title = Місця
places-intro = Де збирається спільнота і як туди потрапити.
places-none = Ще не описано жодного місця.
place-new = Описати місце
place-edit = Виправити це місце
place-address = Адреса
place-coordinates = Координати
place-opening-hours = Години роботи
place-access-unknown = Ще не описано.
place-events-title = Незабаром тут
place-all-events = Усі події тут
place-field-name = Назва
place-field-lat = Широта
place-field-lon = Довгота
place-field-coordinates-hint = Необов'язково, у градусах, наприклад 52.18 і 21.17.
place-field-opening-hours-hint = Необов'язково, так, як люди мають їх прочитати.
place-save = Зберегти місце
place-notice-saved = Місце збережено.
mail-event-moved-up-subject = Звільнилося місце: { $title }
mail-event-moved-up-body =
    Вітаємо, { $name }!

    Хтось скасував участь, тож у вас є місце на «{ $title }».

    Коли: { $when } ({ $zone })
    Де: { $where }

    Якщо ви все ж не зможете прийти, скасуйте участь на сторінці події, щоб наступна людина могла прийти:

    { $link }
mail-event-reminder-subject = Завтра: { $title }
mail-event-reminder-body =
    Вітаємо, { $name }!

    Нагадуємо, що ви йдете на «{ $title }».

    Коли: { $when } ({ $zone })
    Де: { $where }

    Якщо не зможете прийти, скасуйте участь на сторінці події, щоб хтось зі списку очікування міг прийти замість вас:

    { $link }
error-access-unknown = Виберіть можливості доступності зі списку.
error-coordinate-invalid = Вкажіть градуси числом, наприклад 52.18 (широта від −90 до 90, довгота від −180 до 180).
error-coordinates-both = Вкажіть і широту, і довготу, або жодної.
error-rsvp-status-unknown = Невідома відповідь.
error-url-invalid = Вкажіть вебадресу, що починається з https:// або http://.
error-capacity-range = Вкажіть цілу кількість місць від 1 до { $max } або залиште порожнім.
error-place-unknown = Виберіть одне з місць спільноти.
error-event-too-long = Подія може тривати щонайбільше { $days } днів.
error-event-where-missing = Виберіть місце або вкажіть онлайн-посилання.
error-event-over = Ця подія вже завершилася.
event-edit = Змінити подію
event-edit-link = Змінити цю подію
event-save-submit = Зберегти зміни
event-notice-saved = Зміни збережено. Якщо звільнилися місця, люди зі списку очікування перейшли вперед.
error-capacity-below-going = { $going ->
    [one] Уже йде { $going } особа; місць не може бути менше.
    [few] Уже йдуть { $going } особи; місць не може бути менше.
   *[other] Уже йдуть { $going } осіб; місць не може бути менше.
}
event-photo-current = Поточне фото
