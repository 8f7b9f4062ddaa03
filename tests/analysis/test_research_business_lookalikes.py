"""Research answers about a company in health care, education or the faith sector, or about its
benefits and its history, use the words of personal details for business: a product for
expectant mothers, a church-management module, a parental-leave policy, a start-up that grew
up in a city's tech scene. None of that is anyone's personal life. The same words said of a
person still are. (Sentences written here, not taken from the corpus.)"""

import pytest

from hiring.analysis.research import check
from tests.analysis.research_sheet import SHEET, personal


@pytest.mark.parametrize("text", [
    # Products and markets in the faith sector.
    "Their church-management module serves 300 congregations.",
    "Larkspur added a parish giving app for churches and dioceses last spring.",
    "Larkspur partners with Catholic Health and several faith-based hospital networks.",
    "Its biggest new customer is Baptist Health, a system of nine hospitals.",
    "About 40% of revenue comes from religious nonprofits and ministry organisations.",
    # Products and populations in health care.
    "They recently launched a pregnancy-tracking feature for expectant mothers.",
    "The clinic app reminds pregnant patients of their scans.",
    "Their app helps families coordinate care for aging parents.",
    "The product is aimed at working parents who juggle shift schedules.",
    # Benefits a company offers its staff.
    "The company offers parental leave of 16 weeks to all employees.",
    "Larkspur doubled its paid maternity leave policy in 2023.",
    "Every hire gets 12 weeks of paid parental leave.",
    # A company's people and its own history.
    "Larkspur hires many veterans and military spouses.",
    "The VP of Partnerships married two product lines into one platform after the merger.",
    "The company is cloud-native and grew up in the Austin startup scene.",
    "Larkspur grew up in the Nashville health-tech ecosystem.",
    "Larkspur graduated from the Y Combinator Winter 2019 batch.",
    "The start-up graduated from a Boston health-care accelerator in 2020.",
    # Travel as a product or a market, and a company's own retreats.
    "Their booking app ranks the favorite travel destinations of 2 million users.",
    "Our customers' favourite travel destinations: Lisbon, Rome and Vienna.",
    "Larkspur lists the cities it plans to open clinics in next year.",
    "The sales team goes on an annual company retreat in the mountains.",
    "Larkspur runs a yoga retreat booking service for wellness studios.",
    # Schools and students as a market.
    "While college enrolment fell, Larkspur grew its campus clinic contracts.",
    "Larkspur is a leader in college health scheduling.",
    "After school programs are their fastest-growing segment.",
    "The platform helps working nurses pursue a degree online.",
    "Harbor Hill Clinics signed a contract with an Oil and Gas major in Texas.",
    "She captained the sales team to a record quarter.",
    "Larkspur sponsors a high school soccer team in Leeds.",
    # Products in a family, and a company growing up in a market.
    "ShiftBoard comes from a family of scheduling tools built for clinics.",
    "Growing up in a crowded market taught Larkspur to price carefully.",
    # Senses named in business: urgency, focus, and a product's users.
    "The night team has no sense of urgency about callbacks.",
    "She lost sight of the renewal date in March.",
    "He lost his vision for the product after the merger.",
    "Larkspur schedules hearing tests for people with hearing loss.",
    # Touring gear and its market, a travel plan named for globetrotters, a company's reach in
    # countries, and students graduating as a market.
    "Larkspur sells bike touring gear to outdoor shops.",
    "The motorcycle touring market grew 8% last year.",
    "Larkspur's Globetrotter plan covers staff abroad.",
    "The firm offers a globetrotter package for travelling nurses.",
    "Larkspur ships to more countries than any rival.",
    "Larkspur sells in more countries than most of its competitors.",
    "Students graduating from Leeds University get a free Larkspur account.",
    "Nurses graduating from Harbor Hill College join the pilot each June.",
    # An illness counted across a population: a statistic, the market a health product serves.
    "One in three adults will develop diabetes, so Larkspur built a screening app.",
    "About 40% of employees live with anxiety, and ShiftBoard helps managers notice.",
    "1 in 8 women are diagnosed with breast cancer each year; Larkspur books their scans.",
    # A company's birth, training and credentials it gives, buyers it describes by decade, and
    # population weight.
    "ShiftBoard was born out of a hackathon in Austin.",
    "Nurses receive their training at Harbor Hill College through Larkspur.",
    "Larkspur hires second-year nursing students each summer.",
    "The buyer persona is a mid-40s woman who runs a small clinic.",
    "About 36% of adults are overweight, a market Larkspur serves.",
    "Larkspur holds an ISO 27001 certificate from the BSI.",
    "Its newest customer is a Seventh-day Adventist hospital network.",
    # Education a company's customers begin with it, scholarships a company funds, and places a
    # product has been sold all over.
    "New users begin their education at the ShiftBoard Academy with a two-hour course.",
    "Larkspur funds a scholarship to study nursing at Harbor Hill University.",
    "Our kiosks have been sold all over Ohio and Texas.",
    # A company founded in a room people work in, a company engaged in its trade, a school's
    # event a volunteer runs, and a person's own childhood named as a time of life.
    "Larkspur was born in a garage in Leeds.",
    "ShiftBoard was born in a spare bedroom over one winter.",
    "Larkspur is engaged in the wholesale supply of clinic furniture.",
    "Its account managers are engaged with every clinic each quarter.",
    "The founder ran our Primary School Spring Fair for six years.",
    "Larkspur sponsors the middle school charity auction.",
    "Its founder has loved building schedules since she was a little kid.",
    "As a young child, he took apart every clock in the house.",
    # A company's oldest customer, a company's partnership with a named university, a shipment
    # delivered early, and a company's own decades.
    "Our oldest customer is Harbor Hill Clinics.",
    "Our youngest rep closed the Harbor Hill deal.",
    "Our Harbor Hill University partnership began in 2019.",
    "The premature delivery of the shipment cost Larkspur a week.",
    "Larkspur cut premature birth rates at two clinics.",
    "Larkspur was founded in the 1990s.",
    # Tools a team's work lived in, and a company's own site named by its direction from a place.
    "Our reps lived in Salesforce during the migration.",
    "Their pricing data lived in HubSpot until 2022.",
    "Larkspur's warehouse sits just north of the Harbor Hill bypass.",
    # A family of products a company starts, and suppliers and funds run by a family.
    "Larkspur started a family of scheduling products in 2020.",
    "Having a family-owned supplier keeps Larkspur's costs down.",
    "The founders are starting a family office fund.",
    # A company studying a market of colleges.
    "After studying churn in college bookstores, Larkspur cut its prices.",
    "While studying demand at university clinics, Larkspur found its first buyers.",
    # A number that climbs at a customer named after a mountain.
    "Bookings climbed at Mount Sinai clinics in May.",
    "Larkspur signed Mount Sinai Health and reached Harbor Hill Clinics in June.",
    # A company's or a team's seat, named before the company.
    "Based in Denver, Larkspur serves 40 clinics.",
    "Based out of Leeds, the sales team covers the North.",
    # A company's sister companies and brands, and a founder's.
    "Larkspur has a sister company in Leeds.",
    "She has two sister brands in Lyon that share the warehouse.",
    # Restaurants named after a parent.
    "Larkspur signed Papa John's franchisees in Ohio.",
    "Big Daddy's Diner and Mama Rosa Pizzeria use ShiftBoard.",
    # A company's move to a place named by its kind.
    "The company moved to the state of Delaware in 2019.",
    "We moved to the city of Leeds to be near our clinics.",
    # Businesses with animals a founder has.
    "She has two dog-grooming salons in Leeds.",
    "He has a horse farm near York and sells feed to stables.",
    "She has three cat cafes in Lyon.",
    # A company hiring at a school for a degree's students, and a degree of something.
    "Larkspur recruits at Calder University for an MBA internship.",
    "The team met at Calder Bank for a degree of alignment on prices.",
    # A company that grew up in a market, the market's city named later.
    "The company grew up in a crowded market in Leeds.",
    # Teaching a company's staff gives its customers at home.
    "Larkspur nurses taught patients at home how to use inhalers.",
    "The app taught them at home how to book a scan.",
    # A company or an idea born near a city.
    "The idea was born near Leeds in a pub.",
    "Larkspur was born just outside of Leeds in 2015.",
    # A contract's grandfather clause, spelt with a hyphen.
    "Larkspur kept the grand-father clause for its oldest clinics.",
    # A company's rough patch.
    "Larkspur weathered a nasty bout of churn in 2022.",
    "A bout of market anxiety slowed renewals.",
    # Copy addressing the reader's family.
    "Larkspur's plan covers your spouse, your kids and your aging parents.",
    "Book a visit for your children or your parents at any Harbor Hill clinic.",
    # Children a job served, pointed back to.
    "Our nurses visit the ward every week, and those kids get the first checkups.",
    "Larkspur screens pupils in Leeds; these young children had never seen a dentist.",
    # A degree of something, and a company pursuing a programme.
    "She is getting a high degree of interest from clinics.",
    "Larkspur is pursuing an MBA partnership with Calder University.",
    # A range of a company's own products.
    "Larkspur built a family of products of our own design.",
    "ShiftBoard is part of a family of its own tools.",
    # The suppliers and partners a company calls its family.
    "When an order comes in, we rely upon our family of suppliers to build it.",
    "Larkspur thanks its whole family of dealers and distributors in Ohio.",
    "Our growing family of clinic partners met in Leeds last May.",
    # Funds, rounds, prices and teams' budgets a company raises.
    "Larkspur is raising two funds this year.",
    "We raised three rounds from Harbor Hill.",
    "Larkspur raised our two products' prices in May.",
    "We are raising three girls' football teams' budgets.",
    # A company's romance with a tool, a list of romance novels, and a first date on a tour.
    "Larkspur had a whirlwind romance with the new CRM.",
    "Their summer romance novels sell best in June.",
    "Our first date for the roadshow is May 4.",
    "Our first official date on the tour is in Leeds.",
    # A church post held as a person's job, named with where it is held.
    "She serves as the senior pastor of Grace Fellowship.",
    "He was named Deacon of Operations in 2019.",
    "Okafor is associate minister at Harbor Street.",
    # A product or a brand born again.
    "The brand was born again in 2020.",
    "Larkspur's CRM got born again after the rewrite.",
    "It was born again as a cloud product.",
    # Businesses and products named after a grandparent.
    "Larkspur schedules the cooks at Nana's Kitchen in Leeds.",
    "Their cafe sells Granny Smith apple pies to clinics.",
    # A market of families who school at home.
    "Larkspur sells lesson planners to parents who choose to homeschool.",
    # A company's town, and a company's town hall.
    "Larkspur opened a clinic in the sweet town of Cornell.",
    "Our little town hall meetings bring the whole team together.",
    # A generation as a market.
    "Gen Z nurses book shifts on ShiftBoard.",
    "Our millennial customers book online after 9pm.",
    # A talent a person was born with, and a company's crisis.
    "She was born with a gift for selling to clinics.",
    "Larkspur's near-death experience in 2009 taught it to keep cash.",
    # Blessings a company counts.
    "Larkspur is blessed with three great clinics in Leeds.",
    "The region is blessed with two strong boys' schools that buy ShiftBoard.",
    # A company's product family tree, and genealogy sold as a product.
    "Larkspur drew a family tree of its products for the sales deck.",
    "Their clinics use family tree software to record patient histories.",
    # Product versions, a plan's acts and a time of day beside a name.
    "Larkspur shipped the Mark 2 scheduler and the Job 4 report in May.",
    "Acts 1-3 of the launch plan ran on time.",
    "Priya meets John at 3:30 on Tuesday.",
    # A time of day and a count of clinics.
    "At 9, I had a call with the clinic manager.",
    "At 40 clinics we had a waiting list.",
    # An organisation's birthday, and a birthday party a business throws for the public.
    "Local agents celebrated their company's 100th birthday on Thursday.",
    "The agency's birthday party drew 300 customers.",
    "The agents invited people to gather for a good ole birthday party at the park.",
    "Larkspur invited the community to a birthday cookout at the store.",
    # Graduates as a market or a kind of hire.
    "Larkspur hires recently graduated college students.",
    "The bank recruits newly graduated college hires each spring.",
    # A journey round the country made for work.
    "Larkspur's reps decided to travel the country to train clinics.",
    "The firm chose to tour the country with its roadshow.",
    # A parent named as one kind of person among others a business deals with.
    "Most agencies pass from a father, other relative or senior partner to the next owner.",
    "The policy can be bought by a mother or another family member.",
    # A company's sister companies.
    "Larkspur and its sister companies grew 20% last year.",
    # Transplants as a clinic's line of work.
    "Larkspur schedules her transplant unit's night shifts and a hair transplant clinic's.",
    "Harbor Hill Clinics opened a kidney transplant centre in May.",
    # An organisation's round anniversary.
    "Larkspur turns the big 5-0 next spring with a party for its clinics.",
    # Graduates as the people a business hires.
    "Larkspur hires nurses right after graduating from college.",
    # A form's list of the fields it asks for.
    "The sign-up form records each nurse's personal data: spouse, children, birthday and hobbies.",
    "Each member record in ShiftBoard holds these fields: name, spouse, children, date of birth.",
    # God named in a blessing on someone else or in an exclamation.
    "Larkspur's first manager, Sam Ruiz (God rest his soul), hired half the team.",
    "God knows how many clinics Larkspur called that year.",
    "For God's sake, qualify the clinic before the demo.",
    # A saying on what children in general are worth.
    "The greatest treasure on this earth is children, Larkspur's first poster said.",
    "Children are the future, as the founder of Larkspur liked to say.",
    # A tool records lived in, said mid-sentence.
    "Larkspur's records, having lived in HubSpot for years, moved to ShiftBoard in May.",
    # A dispute or a claim settled somewhere.
    "Larkspur's billing dispute was settled in London last spring.",
    "The claim has been settled in Delaware.",
    # The youngest or oldest of organisations or customers.
    "Larkspur is one of the youngest agencies in town.",
    "Harbor Hill Clinics is the oldest partner firm in the network.",
    "The oldest customers on ShiftBoard joined in 2009.",
    # Sweet peas as goods.
    "Our sweet pea range sells out at Harbor Hill Clinics' gift shops every spring.",
    "The clinic shop sells tulips, sweet pea, and roses.",
    # Sacrifices a business makes for the families it serves, or a product family makes.
    "Larkspur makes sacrifices for the families we serve.",
    "The sacrifice of the product family for battery life hurt sales.",
    # Staff who miss a tool or a deadline.
    "The boys in the warehouse miss the old scanner.",
    "The girls on the night desk missed the ShiftBoard deadline.",
    # Research and books on a condition, and treating it as a business.
    "Her years of research on depression shaped the ShiftBoard wellness module.",
    "His history of the Great Depression sold well in the clinic shop.",
    "Larkspur's long history of treating anxiety and insomnia goes back to 1990.",
    # Figures and a company moving further one way.
    "Prices moved further south this quarter.",
    "Margins moved further north after the price rise.",
    "Larkspur moved further north into Scotland.",
    # A product family, a family restaurant and a family of clinics praised as the best.
    "ShiftBoard is the best product family a buyer could ask for.",
    "It is the finest family restaurant a town could want.",
    "Larkspur is the greatest family of clinics a patient could hope for.",
    # Pet names as names of things.
    "Thanks, Babe Ruth League, for sponsoring the clinic run.",
    "A babe in the woods at trade shows, he learned fast.",
    "Sweetheart roses sell by the dozen in February.",
    # A team moving to a tool or a meeting, or two teams moving, is no one's home.
    "In May we all moved to the new CRM.",
    "We all moved to Friday standups after the reorg.",
    "Both teams moved to Austin, Texas last year.",
    # A plan, a product or a tool retired.
    "Acme retired in March the legacy plan.",
    "The product retired in Europe last year.",
    "We will move to Salesforce when we retire the old CRM.",
    # A move dated by time in a job or by a role.
    "We moved to HubSpot when I was 12 months into the job.",
    "We moved to a new CRM when I was the only rep.",
    "They relocated to the Dallas office when we were two weeks from launch.",
    # A number said of a person that goes on with what it counts.
    "He was 1 of 3 finalists for the Leeds territory.",
    "She was 2 for 3 on closes last week.",
    "I was 10 minutes late to the demo.",
    # A decade of history, a brand's age and a price band written with an apostrophe.
    "Hits from the 60's played in the showroom all day.",
    "A brand in its 50’s and still growing.",
    "Prices in the 70's held through the spring.",
    # Poor eyesight as a market, and a rep's poor hearing-aid sales.
    "The poor eyesight of older drivers drives our sales.",
    # A college visited for business, a college fair, a start-up's programme graduated from,
    # a market of students, and a company's outreach to a kind of school.
    "She went to Calder University to pitch ShiftBoard.",
    "He went to Harbor College in March, to demo the app.",
    "I went to the University of Leeds for a sales call.",
    "He went to a college fair in Leeds with two reps.",
    "We went to Calder University in May.",
    "He went on to graduate from the Harbor Hill accelerator.",
    "Larkspur helps nurses graduate from Calder College debt-free.",
    "We finished business school outreach in May.",
    "We finished law school visits by June.",
    # Players who played at school as a market, gear sold in college stores, and a company's
    # part in admissions.
    "Our app helps coaches find players who played football in college.",
    "Larkspur sells baseball gloves in college stores.",
    "They played golf at university clinics' charity days.",
    "Larkspur plays a big role in college admissions.",
    # A company that grew up in a small-town market, and a market a company grew up in,
    # pointed back to; a company's sales learnt young, and its memories of a market.
    "Having grown up in a small town market, Larkspur knows its buyers.",
    "The market in which we grew up has changed.",
    "We grew up selling to clinics in Ohio.",
    "Larkspur has fond memories of growing its first market.",
    # A back office, backs and knees a clinic treats, an eyesight test, a brace's users, and a
    # firm's bad quarter.
    "The back office has a bad back end.",
    "Larkspur treats bad backs and sore knees at Harbor Hill Clinics.",
    "It is not the best eyesight test on the market.",
    "Larkspur's brace helps seniors with creaky knees.",
    "The firm had a bad back quarter.",
    # A product range, a cabin crew, rentals and kits named after a second home.
    "Larkspur launched the family cabin range in 2021.",
    "His cabin crew served 300 passengers.",
    "Our cottage rentals are booked through May.",
    "She sells the family cottage kit to builders.",
    "Her chalet listings sold in two days.",
    # A company's products, stores and clubs counted in order.
    "ShiftBoard is the youngest of three products.",
    "The oldest of two stores closed in May.",
    "Larkspur is the second of four boys' clubs to sign.",
    "Her poor hearing aid sales in Q3 hurt the region.",
    # A company's oldest store or client, placed or aged, and a product line's oldest.
    "Our oldest is in Leeds.",
    "Our oldest is a 30-year client.",
    "Our oldest product is in its tenth year.",
    "Of our stores, our oldest is in a college town.",
    "Our oldest turned 20 stores into 40.",
    # A company buying a builder or a warranty, stock moved, and a company's move of offices.
    "Larkspur bought a small house builder in 2019.",
    "They bought a home warranty from us.",
    "We moved a lot of stock last quarter.",
    "Prices moved a lot in May.",
    "The vendor moved us to a new plan.",
    "Our move to a town centre office went well.",
    "They moved us to a small town office.",
    "It was a move to a smaller town market.",
    "We moved to new offices in Leeds in March.",
    # A job loved, and colleagues' years together at work.
    "Selling is the love of my life.",
    "We spent ten years together at Acme.",
    "The founders spent five years together building Larkspur.",
    "They spent 12 good years together in sales.",
    "We spent two years together on the project.",
    # A named school acting as an organisation: calling suppliers, hiring, signing, buying.
    "One spring, Lincoln High School called local car dealerships to lend a truck.",
    "Regis High School hired us in 2020.",
    "Calder University signed a contract with us in May.",
    "Northfield Academy bought 40 licences last year.",
    "Kestrel Elementary School renewed its plan in June.",
])
def test_business_uses_of_personal_words_are_not_personal(text):
    assert personal(text) == set()


@pytest.mark.parametrize(("text", "code"), [
    ("Priya goes to church every Sunday.", "personal_religion"),
    ("He is a devout Catholic.", "personal_religion"),
    ("She is pregnant with her second child.", "personal_health"),
    ("Her elderly parents live with her.", "personal_family"),
    ("Priya's aging parents moved in last year.", "personal_family"),
    ("He is on parental leave until March.", "personal_children"),
    ("She took 12 weeks of parental leave after the twins arrived.", "personal_children"),
    ("Priya married her college sweetheart in 2010.", "personal_family"),
    ("His spouse is a nurse at the clinic.", "personal_family"),
    ("Priya volunteers at her church every weekend.", "personal_religion"),
    ("He is a member of the Catholic Women's League.", "personal_religion"),
    ("She grew up in Leeds.", "personal_home"),
    ("Tom graduated from Leeds University in 2004.", "personal_school"),
    ("She became one of the 1 in 8 women diagnosed with breast cancer.", "personal_health"),
    ("Priya has diabetes, like 1 in 10 adults.", "personal_health"),
    ("After his mother was diagnosed with cancer, Tom moved home.", "personal_health"),
    ("She was born on a rainy Tuesday in Leeds.", "personal_home"),
    ("She received her nursing training at Harbor Hill College.", "personal_school"),
    ("She was born in Leeds.", "personal_home"),
    ("Priya was born in a hospital in Leeds.", "personal_home"),
    ("She was born in a garage in Leeds.", "personal_home"),
    ("Priya got engaged in Lisbon last year.", "personal_dating"),
    ("They were engaged in the spring and married in June.", "personal_dating"),
    ("Her son goes to our primary school.", "personal_school"),
    ("He went to our middle school with Priya.", "personal_school"),
    ("She has a little kid at home.", "personal_children"),
    ("As a new parent of a young child, he works from home.", "personal_children"),
    ("Tom, a guy in his 40s, runs the night team.", "personal_age"),
    ("She moved to Leeds in her twenties.", "personal_age"),
    ("I left the firm to stay home with our youngest.", "personal_children"),
    ("My eldest, who is nine, loves maps.", "personal_children"),
    ("She used her Harbor Hill University education to build the tool.", "personal_school"),
    ("After a traumatic delivery, she took a year off.", "personal_health"),
    ("Her son was a premature birth.", "personal_health"),
    ("My spouse runs the clinic with me.", "personal_family"),
    ("Her children and your children share a tutor.", "personal_children"),
    ("His parents, unlike your parents, live in Leeds.", "personal_family"),
    ("Those kids of mine keep me up at night.", "personal_children"),
    ("I nursed those kids, then had my own kids.", "personal_children"),
    ("I was getting a master's degree in nursing when Larkspur began.", "personal_school"),
    ("She is pursuing an MBA at night.", "personal_school"),
    ("We talked about having a family of our own.", "personal_children"),
    ("Before she had kids of her own, she coached swimming.", "personal_children"),
    ("My Granma Ruth taught me to bake.", "personal_family"),
    ("He spends Sundays with his gramps in York.", "personal_family"),
    ("We have opted to homeschool this year.", "personal_school"),
    ("She decided to homeschool after the move.", "personal_school"),
    ("We love our little village of Kinsale.", "personal_home"),
    ("Like my Gen X generation, I learned to type on a typewriter.", "personal_age"),
    ("She is a millennial who sold her first app at 19.", "personal_age"),
    ("He was born with a congenital heart defect.", "personal_health"),
    ("At 30 I had my second near-death experience on a ski slope.", "personal_health"),
    ("My wife blessed me with two wonderful boys.", "personal_children"),
    ("We were blessed with a baby girl in May.", "personal_children"),
    ("He and a friend graduated college in Tampa in 1974.", "personal_school"),
    ("She graduated law school in 2009.", "personal_school"),
    ("He left school in 1990 and decided to travel the country, ending up in Vail.",
     "personal_travel"),
    ("She chose to roam the world for a year.", "personal_travel"),
    ("She invited friends to her 40th birthday party.", "personal_age"),
    ("The CEO's 50th birthday is in May.", "personal_age"),
    ("Peggy's birthday is on Friday.", "personal_age"),
    ("He invited everyone to a surprise birthday party for his wife.", "personal_age"),
    ("She traced her family tree back to Cork.", "personal_family"),
    ("Old letters from the family tree fill his study.", "personal_family"),
    ("Her favourite verse is Jeremiah 29:11.", "personal_religion"),
    ("He hopes the team lives out Romans 8 at work.", "personal_religion"),
    ("At 19, she had her own cleaning round.", "personal_age"),
    ("At 40 I was a partner at the firm.", "personal_age"),
    ("Before Larkspur, he lived in Lisbon for six years.", "personal_home"),
    ("She once lived near Galway.", "personal_home"),
    ("Priya lives just south of the Leeds ring road.", "personal_home"),
    ("He took a year off after having a family.", "personal_family"),
    ("Before starting a family, she sold boats.", "personal_family"),
    ("Tom raised a family on a small salary.", "personal_family"),
    ("After studying ceramics and print design in college, she opened a studio.",
     "personal_school"),
    ("While majoring in economics at university, he ran a market stall.", "personal_school"),
    ("Last spring she hiked Mount Rainier with two friends.", "personal_travel"),
    ("He decided to trek Mt. Elgon before starting at Larkspur.", "personal_travel"),
    ("After six days on the trail, I reached Gokyo Peak.", "personal_travel"),
    ("Based in Porto, I spend weekends with my brother.", "personal_home"),
    ("Based near Austin, Texas, she runs the night team.", "personal_home"),
    ("I have an older brother (Sam) and a dog.", "personal_family"),
    ("She has two younger sisters in Porto.", "personal_family"),
    ("He has a twin brother who also sells boats.", "personal_family"),
    ("My daddy drove me to every trade show.", "personal_family"),
    ("Her mama taught her to sew.", "personal_family"),
    ("After the wedding I moved to the sunny state of Arizona.", "personal_home"),
    ("She relocated to the city of Porto.", "personal_home"),
    ("I have two rescue cats.", "personal_family"),
    ("He has a dog named Pip who comes to every trade show.", "personal_family"),
    ("She studied at Calder University for an MBA in finance.", "personal_school"),
    ("I spent four years at the Royal College of Music for a BA in composition.",
     "personal_school"),
    ("Our father taught us at home until we were twelve.", "personal_school"),
    ("She tutored her two sons at home through primary school.", "personal_school"),
    ("He was born in March 1979, just outside of Porto.", "personal_home"),
    ("I was born on a stormy night near Galway.", "personal_home"),
    ("Runner, step-grandfather and keen sailor.", "personal_family"),
    ("He still has his great-grandmother's ledger.", "personal_family"),
    ("She finished the trek despite a bad bout of altitude sickness.", "personal_health"),
    ("He missed the launch after a short bout of pneumonia.", "personal_health"),
    ("He became a father in 2019, the year the agency opened.", "personal_children"),
    ("She is a mother, a friend and a mentor to her agents.", "personal_children"),
    ("She bought the agency from her father or another relative.", "personal_family"),
    ("My father, other relatives and I ran the shop.", "personal_family"),
    ("The lake house, as my older sisters call it, is full every summer.", "personal_family"),
    ("Her two brothers still run the farm.", "personal_family"),
    ("My liver transplant in 1996 changed how I sell.", "personal_health"),
    ("She had a kidney transplant before joining the clinic.", "personal_health"),
    ("Later this summer I turn the big 6-0.", "personal_age"),
    ("She turned the big four-oh at the sales kickoff.", "personal_age"),
    ("After graduating from college, she joined a clinic in Leeds.", "personal_school"),
    ("He sold cars. Upon graduating from law school, he moved into insurance.",
     "personal_school"),
    ("Personal details: married, two children, lives near the clinic.", "personal_children"),
    ("Personal details: married, two children, lives near the clinic.", "personal_family"),
    ("Her details: spouse Tom, children Mia and Leo, birthday in May.", "personal_age"),
    ("Family: wife, children, two dogs.", "personal_children"),
    ("She thanks God every morning before her first call.", "personal_religion"),
    ("God is at the centre of his life.", "personal_religion"),
    ("May God rest my weary bones after this quarter.", "personal_religion"),
    ("My children are my greatest joy.", "personal_children"),
    ("Her greatest joy is her children.", "personal_children"),
    ("My children are the future of the farm.", "personal_children"),
    ("Having lived in Lisbon for a decade, she moved the team to Porto.", "personal_home"),
    ("After ten years of living in Lagos, he opened the Leeds office.", "personal_home"),
    ("After a rough first month I am now quite settled and happy in Porto.", "personal_home"),
    ("She is settled in Leeds now, near the clinic.", "personal_home"),
    ("As one of the youngest GMs at Larkspur, she runs the Leeds office.", "personal_age"),
    ("He was the oldest rep on the team when he won the award.", "personal_age"),
    ("Before each trip she knelt down to give her sweet-pea a kiss.", "personal_children"),
    ("I said, “OK, sweet-pea, I'll stay home.”", "personal_children"),
    ("Every night he reads to his little munchkins.", "personal_children"),
    ("With all the flying comes the sacrifice for the family.", "personal_family"),
    ("Travel every week meant sacrifices by the whole family.", "personal_family"),
    ("Also the girls are missing me this month.", "personal_children"),
    ("Our little ones always miss us when we fly to trade shows.", "personal_children"),
    ("He spoke about his history of shyness and agoraphobia at the offsite.", "personal_health"),
    ("My years of insomnia ended when I left the night shift.", "personal_health"),
    ("She never hid her long battle with panic attacks.", "personal_health"),
    ("A year later we moved even farther north, near the lake.", "personal_home"),
    ("After the kids left she moved further west.", "personal_home"),
    ("Honestly, the sweetest family a rep could ever wish for.", "personal_family"),
    ("Back home is the greatest family I could imagine.", "personal_family"),
    ("Miss ya babe, see you Friday.", "personal_family"),
    ("Thank you, sweetheart, for every late dinner.", "personal_family"),
    ("So proud of you, Darling!", "personal_family"),
    ("When I was six we all moved to Ames, Iowa.", "personal_home"),
    ("After the wedding we both moved to Perth, Australia.", "personal_home"),
    ("The couple retired in Tucson in 2004.", "personal_home"),
    ("Later she retired to Naples, Florida.", "personal_home"),
    ("I hope to go back to Galway when I retire.", "personal_home"),
    ("We moved to the Boston area when I was nine.", "personal_home"),
    ("They moved to a farm outside Ghent when he was a toddler.", "personal_home"),
    ("He sold pumps for forty years. He was 88.", "personal_age"),
    ("I was 17, and I sold knives door to door.", "personal_age"),
    ("A Boston sales pro in his 60’s gave me that advice.", "personal_age"),
    ("She sold cars in her early 40's.", "personal_age"),
    ("His poor eyesight kept him off the road.", "personal_health"),
    ("Her failing hearing ended her phone work.", "personal_health"),
    ("Our family of four moved to Leeds in 2019.", "personal_family"),
    ("She comes from a family of car dealers.", "personal_family"),
    ("His family of farmers sold grain for a century.", "personal_family"),
    ("We started raising our two very adorable girls in Leeds.", "personal_children"),
    ("She is raising three boys in Ghent.", "personal_children"),
    ("He raised his two sons alone.", "personal_children"),
    ("We had a whirlwind romance and married that spring.", "personal_dating"),
    ("They had a brief college romance in Leeds.", "personal_dating"),
    ("He proposed a year after our first date.", "personal_dating"),
    ("She volunteers as a deacon on Sundays.", "personal_religion"),
    ("He was ordained a deacon in his forties.", "personal_religion"),
    ("My pastor at Grace prays for me.", "personal_religion"),
    ("She is a devout Catholic.", "personal_religion"),
    ("His faith in God carried him through.", "personal_religion"),
    ("God called him to Texas.", "personal_religion"),
    ("Her family belongs to the Church of God.", "personal_religion"),
    ("He was born again at 22.", "personal_religion"),
    ("She was quietly born-again that summer.", "personal_religion"),
    ("We were born again together in Leeds.", "personal_religion"),
    ("I was more or less an only child.", "personal_family"),
    ("She is the oldest of four kids.", "personal_family"),
    ("He was the middle child of three brothers.", "personal_family"),
    ("I am the youngest of two children.", "personal_family"),
    ("They spent summers at the family cottage by the lake.", "personal_home"),
    ("My little cabin in the woods is where I write.", "personal_home"),
    ("We drove up to our family's holiday home every August.", "personal_home"),
    ("Her summer chalet is in the Alps.", "personal_home"),
    ("I am a tall man with a grey fringe, not the best eyesight, and creaky knees.",
     "personal_health"),
    ("My bad back keeps me off the golf course.", "personal_health"),
    ("He has a dodgy hip and walks with a cane.", "personal_health"),
    ("She has two bad knees from years of netball.", "personal_health"),
    ("His aching shoulder ended his tennis.", "personal_health"),
    ("Having grown up in a small town with no shops, I sold door to door.", "personal_home"),
    ("He had grown up in a small village near Cork.", "personal_home"),
    ("I drove past the house in which I grew up.", "personal_home"),
    ("The street on which she was raised is gone now.", "personal_home"),
    ("I grew up playing in Riverside Park.", "personal_home"),
    ("She grew up fishing on Lake Erie.", "personal_home"),
    ("He grew up hiking in the hills near Leeds.", "personal_home"),
    ("What are your best memories of growing up in the valley?", "personal_home"),
    ("He played baseball in college and then coached.", "personal_school"),
    ("I was able to keep playing soccer in high school.", "personal_school"),
    ("She played tennis at university.", "personal_school"),
    ("He went to Oberlin College in Ohio before the war.", "personal_school"),
    ("I went to a Bible college to get a degree in business.", "personal_school"),
    ("She went to a community college for two years.", "personal_school"),
    ("He later went to the University of Utah.", "personal_school"),
    ("She went on to graduate from the University of Leeds with a law degree.", "personal_school"),
    ("I was able to graduate from high school early.", "personal_school"),
    ("She finished law school in 2009.", "personal_school"),
    ("He moved to Leeds, where he finished graduate school.", "personal_school"),
])
def test_the_same_words_said_of_a_person_stay_personal(text, code):
    assert code in personal(text)


def test_pets_listed_after_a_sibling_are_still_flagged():
    text = "I have a brother (Sam), two cats (Mo & Jo) and a boat."
    found = [f for f in check(text, SHEET).findings if f.code == "personal_family"]
    pets = text.index("two cats")
    assert any(f.start <= pets < f.end for f in found), found


def test_the_place_a_person_grew_up_is_flagged_when_named_later_in_the_sentence():
    text = "He grew up in a small flat above a bakery in Porto, then studied law."
    found = [f for f in check(text, SHEET).findings if f.code == "personal_home"]
    porto = text.index("Porto")
    assert any(f.start <= porto < f.end for f in found), found
