nav-skip = Перейти до основного вмісту
nav-main-label = Головне меню
nav-language-label = Мова
nav-breadcrumbs = Ви тут
nav-communities = Громади
nav-account = Мій обліковий запис
nav-sign-in = Увійти
nav-sign-up = Зареєструватися
nav-sign-out = Вийти
footer-about = Micropolis — місце, де люди з району чи міста показують, хто вони, разом ухвалюють рішення і допомагають одне одному.
form-error-summary = Виникла проблема
role-member = учасник
role-organiser = організатор
role-moderator = модератор
role-admin = адміністратор
nav-messages = Повідомлення
nav-unread = { $count ->
    [one] { $count } непрочитане
    [few] { $count } непрочитані
    [many] { $count } непрочитаних
   *[other] { $count } непрочитаного
}
person-former-member = Видалений обліковий запис
language-en = англійська
language-pl = польська
language-da = данська
language-it = італійська
language-uk = українська
language-de = німецька
language-fr = французька
language-es = іспанська
language-ru = російська
language-ar = арабська
