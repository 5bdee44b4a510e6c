home-title = Micropolis
home-intro = Місцеві громади, де люди показують, хто вони і що вміють, разом ухвалюють рішення і допомагають одне одному.
home-communities = Громади в мережі
home-no-communities = Громад поки що немає.
community-member-count = { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
}
community-membership = Участь
community-join-intro = Приєднавшись, ви зможете брати участь у всьому, що робить громада.
community-join = Приєднатися до громади { $community }
community-you-are = Ваша роль у цій громаді: { $role }.
community-sign-up-to-join = Зареєструйтеся, щоб приєднатися
community-sign-in-to-join = або увійдіть
community-nav-label = У цій громаді
community-nav-home = Головна
community-nav-support = Пропозиції та запити
community-nav-timebank = Банк часу
