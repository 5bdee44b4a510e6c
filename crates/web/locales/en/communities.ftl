home-title = Micropolis
home-intro = Local communities where people show who they are and what they can do, decide together and help each other.
home-communities = Communities in the network
home-no-communities = There are no communities yet.
community-member-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
community-membership = Membership
community-join-intro = Members can take part in everything the community does.
community-join = Join { $community }
community-you-are = Your role in this community: { $role }.
community-sign-up-to-join = Sign up to join
community-sign-in-to-join = or sign in
community-nav-label = In this community
community-nav-home = Home
community-nav-support = Offers and requests
community-nav-timebank = Time bank
