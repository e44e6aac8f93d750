## Page chrome and labels. Every string a reader sees comes from here.

# The language's own name, shown in the language switcher.
language-name = English

site-default-title = Security notices
skip-to-content = Skip to content
language-switcher = Language
other-languages = This notice in other languages
choose-language = Choose your language
notices-heading = Notices
notices-empty = There are no notices at the moment.
read-notice = Read the notice
back-to-notices = All notices
page-not-found-title = Page not found
page-not-found-text = The page you asked for does not exist. It may have been moved or withdrawn.
not-published-banner = Preview: this notice is not published.
archived-banner = This notice is archived and no longer updated.
feed-subtitle = Every new notice and every update to it, newest first.
feed-link = Follow updates (Atom feed)
email-link = { $state ->
    [archived] Read this notice on the web:
   *[open] Read this notice on the web, where it is kept up to date:
}

## Dates and key facts

published = Published
last-updated = Last updated
status = Status
organization = Organisation
role = Our role
key-facts = Key facts
discovered = Discovered
people-affected = People affected
authorities-notified = Authorities notified
revision-history = Revision history
revision-first-published = First published.

## Section headings: the standard questions

section-what-happened = What happened?
section-how-discovered = How was it discovered?
section-who-affected = Who is affected?
section-data = What information is involved?
section-consequences = What could this mean for you?
section-what-we-did = What have we done?
section-authorities = Have the authorities been informed?
section-prevention = What are we doing to prevent it from happening again?
section-what-you-should-do = What should you do?
section-more-information = How can I find out more?
section-questions = Other questions

## Section content labels

timeline = Timeline
affected-groups = Affected groups
affected-services = Affected services and systems
data-affected = Information that is affected
data-not-affected = Information that is not affected
data-unknown = { $state ->
    [resolved] Not known whether affected
    [archived] Not known whether affected
   *[open] Still being investigated
}
measures-taken = Steps we have taken
measures-planned = Steps we will take
advice = Our advice
contact-email = Email
contact-phone = Phone
contact-web = Website
contact-hours = Opening hours
notified-reference = reference { $reference }
notified-on = Informed { $when }
no-authorities-notified = { $state ->
    [resolved] No authority has been informed.
    [archived] No authority has been informed.
   *[open] No authority has been informed yet.
}
authority-delay-reason = Why the authority was informed later than 72 hours after discovery:

## Counts. $count is the number for choosing the plural form; $text is the same number formatted for this language.

people-count = { $text }
people-count-approx = about { $text }
people-unknown = { $state ->
    [resolved] Not known
    [archived] Not known
   *[open] Not known yet; this is being investigated.
}
group-count = { $count ->
    [one] { $text } person
   *[other] { $text } people
}
group-count-approx = { $count ->
    [one] about { $text } person
   *[other] about { $text } people
}
group-count-unknown = { $state ->
    [resolved] number not known
    [archived] number not known
   *[open] number not yet known
}
# A group of the people of a service, its preposition the group's own; $group is an author's
# own name for a group, $service the service.
group-of-service = { $group }, { $service }
group-of-service-customers = Customers of { $service }
group-of-service-former_customers = Former customers of { $service }
group-of-service-employees = Employees of { $service }
group-of-service-former_employees = Former employees of { $service }
group-of-service-job_applicants = Job applicants at { $service }
group-of-service-patients = Patients of { $service }
group-of-service-students = Students at { $service }
group-of-service-members = Members of { $service }
group-of-service-users = Users of { $service }
group-of-service-subscribers = Subscribers to { $service }
group-of-service-suppliers = Suppliers and partners of { $service }

## Statuses and roles

status-investigating = Under investigation
status-contained = Contained
status-resolved = Resolved
role-controller = { $organization } is responsible for the personal data involved (the data controller).
role-processor = { $organization } processes the personal data on behalf of its customers (a data processor). Each customer is responsible for the data of its own users and decides whether to notify them and its supervisory authority.

## Times of imprecise precision. $year, $week are numbers; $monday is the week's Monday, formatted;
## a winter also gets $next_year (2024) and $next_year_short (24). Periods ("18–20 oktober 2024")
## take CLDR's interval patterns and need no message.

when-week = the week beginning { $monday }
when-season = { $season ->
    [spring] spring { $year }
    [summer] summer { $year }
    [autumn] autumn { $year }
   *[winter] winter { $year }/{ $next_year_short }
}
when-year = { $year }
when-unknown = { $state ->
    [resolved] not known
    [archived] not known
   *[open] not known yet
}

## Messages to the people affected (`varsel mail`). $organization is the organisation's name;
## $audience is `people` when the organisation holds the data itself, `organisations` when it
## processes it for its customers, who are then the ones told.

mail-subject = { $audience ->
    [organisations] Important: a personal data breach at { $organization } affects data you are responsible for
   *[people] Important: your personal data is affected by a personal data breach at { $organization }
}
mail-update-subject = Update: the personal data breach at { $organization }
mail-what-happened = What happened to my data?
mail-what-to-do = What should I do now?
mail-whom-to-ask = Whom can I ask?
mail-the-notice = The whole notice
mail-update-intro = We have updated our notice about this breach ({ $date }):
# $address is where the notices are on the web, typed without https://; $title the notice's title.
mail-type-address = This message has no links, so that you can tell it from a fake one. To read the notice on the web, where it is kept up to date, type { $address } into your browser yourself and choose “{ $title }”.
mail-no-password = { $organization } will never ask you for your password, or for other login details, by email, text message or phone. If a message or a caller does, it is not from us: do not answer it.
