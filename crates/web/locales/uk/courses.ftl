## Courses: the lists, a course's page, enrolment, attendance and the certificate.

courses-title = Курси
courses-past-title = Завершені курси
courses-intro = Курси, які проводять організатори громади. Запишіться на місце; якщо курс заповнений, станьте в список очікування — ви перейдете до учасників, щойно звільниться місце.
courses-see-current = Поточні та майбутні курси
courses-see-past = Завершені курси
courses-calendar = Додати курси до свого календаря (iCalendar)
courses-none = Поки що немає поточних чи запланованих курсів.
courses-past-none = Жоден курс ще не завершився.
courses-more = Більше курсів
courses-home-see-all = Усі курси
community-nav-courses = Курси
course-create = Створити курс
course-sessions =
    { $count ->
        [one] { $count } заняття
        [few] { $count } заняття
       *[many] { $count } занять
    }
course-seats-left =
    { $count ->
        [one] Залишилося { $count } місце
        [few] Залишилося { $count } місця
       *[many] Залишилося { $count } місць
    }
course-full = Місць немає
course-waitlist-count =
    { $count ->
        [one] { $count } людина чекає
        [few] { $count } людини чекають
       *[many] { $count } людей чекають
    }
course-form-intro = Опишіть курс, вкажіть, скільки людей він приймає, і його перші заняття. Інші заняття можна додати на сторінці курсу.
course-field-title = Назва
course-field-body = Про що курс
course-field-capacity = Місця
course-field-capacity-hint = Скільки людей може взяти участь (від 1 до 1000).
course-field-time-zone = Часовий пояс
course-field-time-zone-hint = Де відбуваються заняття, як назва часового поясу, наприклад Europe/Kyiv.
course-field-sessions = Заняття
course-field-sessions-hint = Вкажіть дату й час початку та кінця кожного заняття. Непотрібний рядок залиште порожнім.
course-session-number = Заняття { $count }
course-field-starts-at = Початок
course-field-ends-at = Кінець
course-create-submit = Створити курс
course-organiser = Організатор
course-dates = Дати
course-places = Зайняті місця
course-take-attendance = Відмітити присутність
course-enrolment-title = Участь
course-status-enrolled = У вас є місце на цьому курсі.
course-status-waitlisted = Ви в списку очікування. Ми напишемо вам, коли для вас звільниться місце.
course-attended =
    { $count ->
        [one] Ви відвідали { $count } заняття.
        [few] Ви відвідали { $count } заняття.
       *[many] Ви відвідали { $count } занять.
    }
course-certificate-download = Завантажити свідоцтво про участь (PDF)
course-withdraw = Відмовитися від місця
course-leave-waitlist = Вийти зі списку очікування
course-finished = Цей курс завершився.
course-full-intro = Усі місця зайняті. Станьте в список очікування: перша людина в списку отримує наступне звільнене місце.
course-join-waitlist = Стати в список очікування
course-enrol = Записатися на курс
course-join-to-enrol = Приєднайтеся до громади, щоб записуватися на її курси
course-sign-in-to-enrol = Увійдіть, щоб записатися
course-people-title = Учасники курсу
course-people-none = Ще ніхто не записався.
course-add-session = Додати заняття
course-add-session-submit = Додати заняття
course-attendance-title = Присутність
course-attendance-legend = Хто був присутній?
course-attendance-withdrew = згодом відмовився(-лася)
course-attendance-submit = Зберегти присутність
course-back = Повернутися до курсу
course-notice-created = Курс опубліковано.
course-notice-enrolled = У вас є місце на курсі.
course-notice-waitlisted = Курс заповнений: ви в списку очікування.
course-notice-withdrawn = Ви більше не записані на курс.
course-notice-session-added = Заняття додано.
course-notice-attendance = Присутність збережено.
certificate-title = Свідоцтво про участь
certificate-confirms = Цим підтверджується, що
certificate-took-part = взяв(-ла) участь у курсі
certificate-sessions =
    { $count ->
        [one] Відвідане заняття:
       *[other] Відвідані заняття ({ $count }):
    }
certificate-issued = Видано { $date }, { $organisation }
mail-course-promoted-subject = Для вас є місце: { $course }
mail-course-promoted-body =
    Вітаємо, { $name }!

    На курсі «{ $course }» звільнилося місце, і воно ваше: ви були першими в списку очікування.

    Курс і його заняття: { $link }

    Якщо ви більше не можете прийти, відмовтеся від місця на цій сторінці, щоб його могла зайняти наступна людина зі списку.
error-course-capacity = Вкажіть ціле число місць від 1 до { $max }.
error-course-sessions-none = Вкажіть принаймні одне заняття.
error-course-sessions-many = Курс створюється щонайбільше з { $max } заняттями; інші додайте на його сторінці.
error-course-span = Курс триває щонайбільше рік, від першого до останнього заняття.
error-course-status-unknown = Невідомий стан запису.
error-course-when-unknown = Виберіть поточні або завершені курси.
error-course-finished = Цей курс завершився: записатися вже не можна.
error-course-already-enrolled = Ви вже записані на цей курс або в його список очікування.
error-course-attendance-not-enrolled = Присутніми можна відмітити лише учасників курсу.
error-course-certificate-not-attended = Свідоцтво видається після участі принаймні в одному занятті.
